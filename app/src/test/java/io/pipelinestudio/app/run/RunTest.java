package io.pipelinestudio.app.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.pipelinestudio.app.pages.RunPage;
import io.pipelinestudio.app.support.DesignerTest;
import io.pipelinestudio.model.Edge;
import io.pipelinestudio.model.Pipeline;
import io.pipelinestudio.model.Position;
import io.pipelinestudio.app.support.Fx;
import io.pipelinestudio.model.node.ChartSinkNode;
import io.pipelinestudio.model.node.ChartStyle;
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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Running from the designer: state and time, failures on the node at fault, the next run, Stop. */
class RunTest extends DesignerTest {
    @TempDir
    Path dir;

    private static Pipeline chain(String name, Node... nodes) {
        List<Edge> edges = new java.util.ArrayList<>();
        Map<String, Position> layout = new java.util.HashMap<>();
        for (int i = 0; i < nodes.length; i++) {
            layout.put(nodes[i].id(), new Position(80 + 260 * i, 120));
            if (i > 0) {
                edges.add(Edge.of(nodes[i - 1].id(), nodes[i].id()));
            }
        }
        return new Pipeline(1, name, null, List.of(), List.of(nodes), edges, layout);
    }

    @Test
    void aRunFinishesWithItsStateAndTimeShownAndTheNextRunInTheOtherModeWorksToo() throws Exception {
        Path output = dir.resolve("out.csv");
        given(chain("generate", new GeneratorSourceNode("events", null, 2_000L, 0, 3, 0, 1000, 0, 7),
                new CsvSinkNode("out", null, output.toString(), ",", false)));

        run.mode(ExecutionMode.BATCH).run().awaitState(RunState.FINISHED);

        assertThat(run.statusBar()).startsWith("finished \u00b7 ").endsWith(" s");
        assertThat(Files.readAllLines(output)).hasSize(2_000);
        assertThat(run.logContains("finished in")).isTrue();
        RunPage.await("the sink's total on the canvas", () -> "in 2,000".equals(run.nodeStatus("out")));

        Files.delete(output);
        run.mode(ExecutionMode.STREAMING).run().awaitEnd();

        assertThat(run.state()).isEqualTo(RunState.FINISHED);
        assertThat(Files.readAllLines(output)).hasSize(2_000);
        assertThat(run.edgeFlow("events->out")).isEqualTo("2,000");
    }

    @Test
    void aFailingOperatorShowsItsRootCauseOnTheNodeAndInTheLogAndTheNextRunWorks() throws Exception {
        Path input = Files.write(dir.resolve("in.csv"), List.of("a,10,2", "b,20,0"));
        Path output = dir.resolve("out.csv");
        given(chain("divide",
                new CsvSourceNode("in", null, input.toString(), ",", false, List.of(new Field("key", FieldType.STRING),
                        new Field("amount", FieldType.LONG), new Field("parts", FieldType.LONG))),
                new MapNode("share", null, List.of(new ComputedField("share", "amount / parts"))),
                new CsvSinkNode("out", null, output.toString(), ",", false)));

        run.run().awaitState(RunState.FAILED);

        assertThat(run.nodeStatus("share")).contains("division by zero");
        assertThat(run.logContains("division by zero")).isTrue();

        Files.write(input, List.of("a,10,2", "c,30,5"));
        run.run().awaitEnd();

        assertThat(run.state()).isEqualTo(RunState.FINISHED);
        assertThat(run.nodeStatus("share")).doesNotContain("division");
        assertThat(Files.readAllLines(output)).containsExactlyInAnyOrder("a,10,2,5", "c,30,5,6");
    }

    @Test
    void aFailedRunBringsItsLogToTheFrontAndEditingTheNodeAtFaultTakesItsMarkAway() throws Exception {
        Path input = Files.write(dir.resolve("in.csv"), List.of("a,10,2", "b,20,0"));
        given(chain("divide",
                new CsvSourceNode("in", null, input.toString(), ",", false, List.of(new Field("key", FieldType.STRING),
                        new Field("amount", FieldType.LONG), new Field("parts", FieldType.LONG))),
                new MapNode("share", null, List.of(new ComputedField("share", "amount / parts"))),
                new ChartSinkNode("chart", null, ChartStyle.TIME_SERIES, "amount", "key", "share", 8)));

        run.run().awaitState(RunState.FAILED);

        assertThat(Fx.get(() -> designer.results().tab("Chart: chart")).isPresent())
                .as("the run showed a chart when it started").isTrue();
        assertThat(Fx.get(() -> designer.results().getSelectionModel().getSelectedItem().getId()))
                .isEqualTo("tab-run-log");
        assertThat(run.nodeStatus("share")).contains("division by zero");

        MapNode fixed = new MapNode("share", null, List.of(new ComputedField("share", "amount / (parts + 1)")));
        List<Node> nodes = model().nodes().stream().map(n -> n.id().equals("share") ? fixed : n).toList();
        Fx.run(() -> designer.document().setPipeline(designer.document().pipeline().withNodes(nodes)));

        assertThat(run.nodeStatus("share")).isNull();
        assertThat(Fx.get(() -> canvas.card("share").getPseudoClassStates()))
                .doesNotContain(javafx.css.PseudoClass.getPseudoClass("failed"));
        assertThat(run.logContains("division by zero")).as("the log keeps the failure").isTrue();
    }

    @Test
    void aMissingInputFileIsNamedOnItsSource() {
        given(chain("missing",
                new CsvSourceNode("in", null, dir.resolve("nowhere.csv").toString(), ",", false,
                        List.of(new Field("key", FieldType.STRING))),
                new CsvSinkNode("out", null, dir.resolve("out.csv").toString(), ",", false)));

        run.run().awaitState(RunState.FAILED);

        assertThat(run.nodeStatus("in")).contains("nowhere.csv").contains("does not exist");
    }

    @Test
    void stopCancelsAnUnboundedGeneratorJobAndTheCanvasShowsRecordsFlowingMeanwhile() {
        given(chain("endless", new GeneratorSourceNode("events", null, null, 2_000, 3, 0, 1000, 0, 7),
                new CsvSinkNode("out", null, dir.resolve("out.csv").toString(), ",", false)));

        run.mode(ExecutionMode.STREAMING).run().awaitState(RunState.RUNNING);
        RunPage.await("records flowing on the edge", () -> run.edgeFlow("events->out") != null
                && run.edgeFlow("events->out").contains("/s"));
        RunPage.await("Flink's load figures of the generator's task", () -> run.loadedNodes().contains("events"));
        canvas.clickEdge("events->out");
        RunPage.await("a sample of the edge's records", () -> run.previewRows().size() >= 10);
        assertThat(run.previewColumns()).containsExactly("id", "key", "timestamp", "value");
        run.stop().awaitEnd();

        assertThat(run.state()).isEqualTo(RunState.CANCELED);
        assertThat(run.logContains("cancelled after")).isTrue();
    }

    @Test
    void rejectedRecordsAreCountedOnTheirNodeAndAClickShowsTheRejectedLines() throws Exception {
        Path input = Files.write(dir.resolve("in.csv"), List.of("a,1", "b,two", "c,3", "d"));
        given(chain("rejecting",
                new CsvSourceNode("in", null, input.toString(), ",", false, List.of(new Field("key", FieldType.STRING),
                        new Field("n", FieldType.LONG))),
                new CsvSinkNode("out", null, dir.resolve("out.csv").toString(), ",", false)));

        run.run().awaitState(RunState.FINISHED);
        RunPage.await("the rejections on the source", () -> run.nodeStatus("in") != null
                && run.nodeStatus("in").contains("2 rejected"));
        run.openRejected("in");

        assertThat(run.rejectedLines()).containsExactlyInAnyOrder(
                "in\tfield 'n' is 'two'; expected a whole number\tb,two", "in\texpected 2 fields but found 1\td");
    }

    @Test
    void theEmbeddedClustersFlinkDashboardIsServed() throws Exception {
        RunPage.await("the cluster's dashboard address", () -> run.dashboard().isPresent());
        java.net.URI address = run.dashboard().orElseThrow();

        var response = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(address.resolve("/")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).containsIgnoringCase("<html").contains("Flink");
    }

    @Test
    void parametersWithoutADefaultAreAskedForBeforeTheRun() throws Exception {
        Path output = dir.resolve("asked.csv");
        Pipeline pipeline = chain("asking", new GeneratorSourceNode("events", null, 10L, 0, 2, 0, 1000, 0, 7),
                new CsvSinkNode("out", null, "${target}", ",", false));
        given(pipeline.withParameters(List.of(new io.pipelinestudio.model.ParameterSpec("target", null, "where to write"))));

        run.run();
        run.answerParameter("target", output.toString()).awaitState(RunState.FINISHED);

        assertThat(Files.readAllLines(output)).hasSize(10);
        assertThat(run.parameters()).containsEntry("target", output.toString());
    }

    @Test
    void anInvalidPipelineIsRefusedWithItsProblemsInTheLog() {
        given(chain("no-sink", new GeneratorSourceNode("events", null, 10L, 0, 2, 0, 1000, 0, 7)));

        run.run().awaitState(RunState.FAILED);

        assertThat(run.logContains("refused: the pipeline is not valid")).isTrue();
        assertThat(run.running()).isFalse();
    }
}
