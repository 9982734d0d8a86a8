package io.pipelinestudio.app.problems;

import static org.assertj.core.api.Assertions.assertThat;

import io.pipelinestudio.app.support.DesignerTest;
import io.pipelinestudio.app.support.Fx;
import io.pipelinestudio.model.Edge;
import io.pipelinestudio.model.Pipeline;
import io.pipelinestudio.model.node.ConsoleSinkNode;
import io.pipelinestudio.model.node.FilterNode;
import io.pipelinestudio.model.node.GeneratorSourceNode;
import io.pipelinestudio.model.node.CsvSourceNode;
import io.pipelinestudio.model.schema.Field;
import io.pipelinestudio.model.schema.FieldType;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;

/** A mistake is explained in full where it is read: wrapped in the problems list, with a caret beside the properties. */
class ExplainedProblemsTest extends DesignerTest {
    @org.junit.jupiter.api.io.TempDir
    Path dir;
    private static final String MESSAGE = "the condition 'value = 2' is invalid at column 7: a single '=' is not a"
            + " comparison: write '==' to compare (expressions assign nothing)";

    @Test
    void anExpressionTypoIsExplainedInFullInTheListAndWithACaretUnderItsFault() {
        given(Pipeline.of("typo", List.of(new GeneratorSourceNode("events", null, 10L, 0, 2, 0, 1000, 0, 1),
                        new FilterNode("big", null, "value = 2"), new ConsoleSinkNode("print", null)),
                List.of(Edge.of("events", "big"), Edge.of("big", "print"))));

        Label listed = Fx.get(() -> robot.lookup("#problems-list").query().lookupAll(".problem-message").stream()
                .map(Label.class::cast).filter(label -> label.getText().startsWith("the condition")).findFirst()
                .orElseThrow());
        assertThat(Fx.get(listed::getText)).isEqualTo(MESSAGE);
        assertThat(Fx.get(() -> ((Text) listed.lookup(".text")).getText())).as("drawn whole, not cut")
                .isEqualTo(MESSAGE);
        ListCell<?> cell = Fx.get(() -> (ListCell<?>) listed.getParent().getParent());
        double line = Fx.get(() -> ((Label) robot.lookup(".problem-target").query()).getHeight());
        assertThat(Fx.get(cell::getHeight)).as("wrapped over several lines").isGreaterThan(2 * line);

        canvas.click("big");

        List<String> explained = Fx.get(() -> robot.lookup("#selection-problems").query().lookupAll(".label").stream()
                .map(node -> ((Label) node).getText()).toList());
        assertThat(explained).containsExactly(MESSAGE, "value = 2\n      ^");
        canvas.click("print");
        assertThat(Fx.get(() -> robot.lookup("#selection-problems").query().isVisible())).isFalse();
    }

    @Test
    void aMissingInputFileIsAWarningOnItsSourceBeforeAnythingRuns() throws Exception {
        Path missing = dir.resolve("nowhere.csv");
        given(Pipeline.of("missing", List.of(new CsvSourceNode("in", null, missing.toString(), ",", false,
                        List.of(new Field("key", FieldType.STRING))), new ConsoleSinkNode("print", null)),
                List.of(Edge.of("in", "print"))));

        assertThat(problems.shown()).singleElement().satisfies(problem -> {
            assertThat(problem.target()).isEqualTo("in");
            assertThat(problem.isError()).as("the file may be written before the run").isFalse();
            assertThat(problem.message()).isEqualTo("the input file " + missing.toAbsolutePath()
                    + " does not exist (yet): a run would fail unless it is there by then");
        });

        java.nio.file.Files.writeString(missing, "a\n");
        // the next edit checks again
        given(model().withNodes(List.of(model().node("in").orElseThrow(), new ConsoleSinkNode("print", "Print"))));
        assertThat(problems.shown()).isEmpty();
    }
}
