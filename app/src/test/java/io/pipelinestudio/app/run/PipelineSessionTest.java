package io.pipelinestudio.app.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.pipelinestudio.app.pages.RunPage;
import io.pipelinestudio.app.support.DesignerTest;
import io.pipelinestudio.app.support.Fx;
import io.pipelinestudio.model.Edge;
import io.pipelinestudio.model.ParameterSpec;
import io.pipelinestudio.model.Pipeline;
import io.pipelinestudio.model.Position;
import io.pipelinestudio.model.json.PipelineJson;
import io.pipelinestudio.model.node.ComputedField;
import io.pipelinestudio.model.node.CsvSinkNode;
import io.pipelinestudio.model.node.CsvSourceNode;
import io.pipelinestudio.model.node.GeneratorSourceNode;
import io.pipelinestudio.model.node.MapNode;
import io.pipelinestudio.model.node.Node;
import io.pipelinestudio.model.schema.Field;
import io.pipelinestudio.model.schema.FieldType;
import io.pipelinestudio.model.validate.ExecutionMode;
import io.pipelinestudio.runtime.run.RunState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.css.PseudoClass;
import javafx.scene.control.Tab;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each pipeline has its own session: what the runs of one pipeline showed (the log, the counts and failure
 * marks on the cards, the results tabs, the parameters) goes away when another is opened, even where the
 * other has nodes of the same ids, and the parameters a file was run with come back with that file.
 */
class PipelineSessionTest extends DesignerTest {
    private static final PseudoClass FAILED = PseudoClass.getPseudoClass("failed");
    @TempDir
    Path dir;

    @Test
    void openingAnotherPipelineClearsTheRunsOfTheFirstAndEachFileKeepsItsOwnParameters() throws Exception {
        Path dividing = Files.write(dir.resolve("dividing.csv"), List.of("a,10,2", "b,20,0"));
        Path doubling = Files.write(dir.resolve("doubling.csv"), List.of("a,10,2", "b,20,0"));
        Path first = write("first.json", "amount / parts");
        Path second = write("second.json", "amount * 2");

        files.open(first).waitUntilShowing(first);
        run.run().answerParameter("input", dividing.toString()).answerConsentWhenAsked().awaitState(RunState.FAILED);
        assertThat(run.nodeStatus("share")).contains("division by zero");
        canvas.clickEdge("in->share");
        RunPage.await("the preview of the first pipeline's records", () -> tabTitles().contains(EdgePreview.TAB_TITLE));

        files.open(second).waitUntilShowing(second);

        assertThat(run.nodeStatus("share")).as("the first pipeline's failure on a node of the same id").isNull();
        assertThat(Fx.get(() -> canvas.card("share").getPseudoClassStates())).doesNotContain(FAILED);
        assertThat(run.edgeFlow("in->share")).isNull();
        assertThat(tabTitles()).containsExactly("Run log");
        assertThat(run.log()).isEmpty();
        assertThat(run.state()).isNull();
        assertThat(run.statusBar()).isEmpty();
        assertThat(run.parameters()).isEmpty();

        run.run();
        Fx.waitUntil("the parameters dialog", () -> robot.lookup("#parameter-input").tryQuery().isPresent());
        assertThat(Fx.get(() -> robot.lookup("#parameter-input").queryAs(TextField.class).getText()))
                .as("the input the first pipeline was run with is not offered to the second").isEmpty();
        run.answerParameter("input", doubling.toString()).answerConsentWhenAsked().awaitState(RunState.FINISHED);
        assertThat(Files.readAllLines(dir.resolve("second-out.csv"))).containsExactlyInAnyOrder("a,10,2,20",
                "b,20,0,40");
        assertThat(run.logContains("Run 1 ")).as("run numbers start again with each pipeline").isTrue();

        files.open(first).waitUntilShowing(first);
        assertThat(run.parameters()).containsExactly(Map.entry("input", dividing.toString()));
        files.open(second).waitUntilShowing(second);
        assertThat(run.parameters()).containsExactly(Map.entry("input", doubling.toString()));
        assertThat(Fx.get(() -> designer.settings().get().runParametersOf(first.toAbsolutePath().toString())))
                .as("kept in the settings, for the next launch").containsExactly(Map.entry("input", dividing.toString()));
    }

    @Test
    void openingAnotherPipelineStopsTheStreamThatIsRunning() throws Exception {
        Path endless = dir.resolve("endless.json");
        PipelineJson.write(pipeline("endless", List.of(),
                new GeneratorSourceNode("events", null, null, 500, 3, 0, 1000, 0, 7),
                new CsvSinkNode("out", null, dir.resolve("endless-out.csv").toString(), ",", false)), endless);
        Path second = write("second.json", "amount * 2");
        Path input = Files.write(dir.resolve("doubling.csv"), List.of("a,10,2"));

        files.open(endless).waitUntilShowing(endless);
        run.mode(ExecutionMode.STREAMING).run().answerConsentWhenAsked().awaitState(RunState.RUNNING);
        RunPage.await("records on the canvas", () -> run.edgeFlow("events->out") != null);

        files.open(second).waitUntilShowing(second);

        assertThat(run.running()).isFalse();
        assertThat(run.log()).contains("Run 1 \u00b7 STREAMING of 'endless' was stopped: another pipeline was opened")
                .noneMatch(line -> line.contains("cancelled after"));
        assertThat(run.edgeFlow("events->out")).isNull();
        run.withParameters(Map.of("input", input.toString())).run().answerConsentWhenAsked()
                .awaitState(RunState.FINISHED);
        assertThat(Files.readAllLines(dir.resolve("second-out.csv"))).containsExactly("a,10,2,20");
    }

    private List<String> tabTitles() {
        return Fx.get(() -> designer.results().getTabs().stream().map(Tab::getText).toList());
    }

    /** A file of key,amount,parts lines through a map computing {@code share} to {@code NAME-out.csv}. */
    private Path write(String name, String expression) throws Exception {
        String stem = name.replace(".json", "");
        Pipeline pipeline = pipeline(stem, List.of(new ParameterSpec("input", null, "the lines to read")),
                new CsvSourceNode("in", null, "${input}", ",", false, List.of(new Field("key", FieldType.STRING),
                        new Field("amount", FieldType.LONG), new Field("parts", FieldType.LONG))),
                new MapNode("share", null, List.of(new ComputedField("share", expression))),
                new CsvSinkNode("out", null, dir.resolve(stem + "-out.csv").toString(), ",", false));
        Path file = dir.resolve(name);
        PipelineJson.write(pipeline, file);
        return file;
    }

    private static Pipeline pipeline(String name, List<ParameterSpec> parameters, Node... nodes) {
        List<Edge> edges = new ArrayList<>();
        Map<String, Position> layout = new HashMap<>();
        for (int i = 0; i < nodes.length; i++) {
            layout.put(nodes[i].id(), new Position(80 + 260 * i, 120));
            if (i > 0) {
                edges.add(Edge.of(nodes[i - 1].id(), nodes[i].id()));
            }
        }
        return new Pipeline(1, name, null, parameters, List.of(nodes), edges, layout);
    }
}
