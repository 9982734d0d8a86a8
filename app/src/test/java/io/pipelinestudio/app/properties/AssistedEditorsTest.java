package io.pipelinestudio.app.properties;

import static org.assertj.core.api.Assertions.assertThat;

import io.pipelinestudio.app.support.DesignerTest;
import io.pipelinestudio.app.support.Fx;
import io.pipelinestudio.model.Edge;
import io.pipelinestudio.model.Pipeline;
import io.pipelinestudio.model.node.ConsoleSinkNode;
import io.pipelinestudio.model.node.CsvSourceNode;
import io.pipelinestudio.model.node.EventTimeNode;
import io.pipelinestudio.model.node.GeneratorSourceNode;
import io.pipelinestudio.model.node.KeyByNode;
import io.pipelinestudio.model.node.WindowAggregateNode;
import io.pipelinestudio.model.node.WindowType;
import io.pipelinestudio.model.schema.Field;
import io.pipelinestudio.model.schema.FieldType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The property sheet helps fill settings in: the input's fields to pick, a file chooser, only what applies. */
class AssistedEditorsTest extends DesignerTest {
    @TempDir
    Path dir;

    private void givenEvents() {
        given(Pipeline.of("assisted", List.of(new GeneratorSourceNode("events", null, 10L, 0, 2, 0, 1000, 0, 1),
                        new KeyByNode("keys", null, List.of()), new EventTimeNode("time", null, null, 0, 0, null),
                        new ConsoleSinkNode("print", null)),
                List.of(Edge.of("events", "keys"), Edge.of("keys", "time"), Edge.of("time", "print"))));
    }

    @Test
    void aFieldSettingOffersTheFieldsOfTheNodesInputAndAListSettingCollectsThem() {
        givenEvents();
        canvas.click("keys");

        assertThat(pickableFields("fields")).containsExactly("id", "key", "timestamp", "value");
        pick("fields", "key");
        pick("fields", "id");
        assertThat(((KeyByNode) model().node("keys").orElseThrow()).fields()).containsExactly("key", "id");

        canvas.click("time");
        pick("field", "timestamp");
        assertThat(((EventTimeNode) model().node("time").orElseThrow()).field()).isEqualTo("timestamp");
        assertThat(properties.value("field")).isEqualTo("timestamp");
    }

    @Test
    void aPathSettingHasAFileChooser() throws Exception {
        Path input = Files.writeString(dir.resolve("chosen.csv"), "a\n");
        given(Pipeline.of("files", List.of(new CsvSourceNode("in", null, "", ",", false,
                        List.of(new Field("key", FieldType.STRING))), new ConsoleSinkNode("print", null)),
                List.of(Edge.of("in", "print"))));
        canvas.click("in");

        dialogs.willChoose(input);
        robot.clickOn("#property-path-choose");

        Fx.waitUntil("the chosen path in the node", () -> input.toString().equals(
                ((CsvSourceNode) designer.document().pipeline().node("in").orElseThrow()).path()));
        assertThat(properties.value("path")).isEqualTo(input.toString());
    }

    @Test
    void aWindowShowsOnlyTheSettingsOfItsType() {
        given(Pipeline.of("windows", List.of(new GeneratorSourceNode("events", null, 10L, 0, 2, 0, 1000, 0, 1),
                        new KeyByNode("keys", null, List.of("key")),
                        (WindowAggregateNode) io.pipelinestudio.app.palette.PaletteCatalog.entry("window-aggregate")
                                .create("win"), new ConsoleSinkNode("print", null)),
                List.of(Edge.of("events", "keys"), Edge.of("keys", "win"), Edge.of("win", "print"))));
        canvas.click("win");
        assertThat(((WindowAggregateNode) model().node("win").orElseThrow()).window().type())
                .isEqualTo(WindowType.TUMBLING);

        assertThat(properties.has("window-sizeMs")).isTrue();
        assertThat(properties.has("window-slideMs")).isFalse();
        assertThat(properties.has("window-gapMs")).isFalse();
        List<javafx.scene.control.Label> names = Fx.get(() -> robot.lookup(".property-sheet .label").queryAll()
                .stream().map(javafx.scene.control.Label.class::cast).filter(l -> !l.getText().isEmpty()).toList());
        assertThat(names).extracting(l -> Fx.get(l::getText)).contains("Allowed lateness (ms)");
        assertThat(names).as("every setting's name is drawn whole").allSatisfy(label -> assertThat(Fx.get(
                () -> ((javafx.scene.text.Text) label.lookup(".text")).getText())).isEqualTo(Fx.get(label::getText)));

        properties.choose("window-type", "sliding");
        Fx.waitUntil("the slide to show", () -> properties.has("window-slideMs"));
        assertThat(properties.has("window-gapMs")).isFalse();

        properties.choose("window-type", "session");
        Fx.waitUntil("the gap to show", () -> properties.has("window-gapMs"));
        assertThat(properties.has("window-slideMs")).isFalse();
        assertThat(properties.has("window-sizeMs")).isFalse();
    }

    private List<String> pickableFields(String property) {
        openFields(property);
        List<String> names = Fx.get(() -> robot.lookup(".context-menu .menu-item").queryAll().stream()
                .map(node -> ((javafx.scene.control.Label) node.lookup(".label")).getText()).toList());
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        return names;
    }

    private void pick(String property, String field) {
        openFields(property);
        Node entry = robot.lookup(".context-menu .menu-item").match(node ->
                field.equals(((javafx.scene.control.Label) node.lookup(".label")).getText())).query();
        robot.clickOn(entry);
        Fx.waitUntil(property + " to hold " + field, () -> properties.value(property).contains(field));
    }

    private void openFields(String property) {
        Node menu = robot.lookup("#property-" + property + "-fields").query();
        io.pipelinestudio.app.support.Scrolling.reveal(menu);
        robot.clickOn(menu);
        Fx.waitUntil("the fields menu", () -> robot.lookup(".context-menu .menu-item").tryQuery().isPresent());
    }
}
