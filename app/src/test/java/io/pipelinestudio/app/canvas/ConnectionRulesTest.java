package io.pipelinestudio.app.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import io.pipelinestudio.model.Edge;
import io.pipelinestudio.model.Pipeline;
import io.pipelinestudio.model.node.ConsoleSinkNode;
import io.pipelinestudio.model.node.FilterNode;
import io.pipelinestudio.model.node.GeneratorSourceNode;
import io.pipelinestudio.model.node.KeyByNode;
import io.pipelinestudio.model.node.ModelKind;
import io.pipelinestudio.model.node.PredictNode;
import io.pipelinestudio.model.node.ReduceNode;
import io.pipelinestudio.model.node.TrainNode;
import io.pipelinestudio.model.validate.PipelineValidator;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConnectionRulesTest {
    private final Pipeline pipeline = Pipeline.of("rules",
            List.of(new GeneratorSourceNode("events", null, 10L, 0, 2, 0, 1000, 0, 1),
                    new FilterNode("a", null, "true"),
                    new FilterNode("b", null, "true"),
                    new KeyByNode("keys", null, List.of("key")),
                    new ReduceNode("totals", null, List.of(), null),
                    new ConsoleSinkNode("print", null)),
            List.of(Edge.of("events", "a"), Edge.of("a", "b")));

    private ConnectionRules from(String node, String port) {
        return ConnectionRules.from(pipeline, PipelineValidator.validate(pipeline), node, port);
    }

    @Test
    void aFreeCompatibleInputAccepts() {
        assertThat(from("b", "out").check("print", "in")).isEmpty();
        assertThat(from("events", "out").check("keys", "in")).isEmpty();
    }

    @Test
    void anEdgeThatClosesACycleIsRefused() {
        assertThat(from("b", "out").check("a", "in")).get().asString().contains("cycle");
        assertThat(from("b", "out").check("b", "in")).get().asString().contains("cycle");
    }

    @Test
    void anOccupiedInputIsRefused() {
        assertThat(from("events", "out").check("b", "in")).get().asString().contains("already connected");
    }

    @Test
    void aMissingPortIsRefused() {
        assertThat(from("print", "out").check("b", "in")).isPresent();
        assertThat(from("b", "out").check("events", "in")).get().asString().contains("no input");
    }

    @Test
    void aPredictNodesModelPortTakesOnlyATrainNodesOutput() {
        Pipeline training = Pipeline.of("predicting",
                List.of(new GeneratorSourceNode("events", null, 10L, 0, 2, 0, 1000, 0, 1),
                        new TrainNode("train", null, ModelKind.LINEAR_REGRESSION, List.of("value"), "value", 0.01, 0,
                                false, 1, 0, 32, 1, null),
                        new PredictNode("predict", null, ModelKind.LINEAR_REGRESSION, List.of("value"), null)),
                List.of(Edge.of("events", "train"), Edge.of("events", "predict")));
        var report = PipelineValidator.validate(training);

        assertThat(ConnectionRules.from(training, report, "events", "out").check("predict", PredictNode.MODEL))
                .get().asString().startsWith("the model port takes a train node's output")
                .contains("not records of id, key, timestamp, value");
        assertThat(ConnectionRules.from(training, report, "train", "out").check("predict", PredictNode.MODEL))
                .isEmpty();

        Pipeline odd = Pipeline.of("odd", List.of(new io.pipelinestudio.model.node.CsvSourceNode("in", null, "in.csv",
                        ",", false, List.of(new io.pipelinestudio.model.schema.Field("a\u0007b",
                                io.pipelinestudio.model.schema.FieldType.DOUBLE))),
                new PredictNode("predict", null, ModelKind.LINEAR_REGRESSION, List.of("a\u0007b"), null)),
                List.of(Edge.of("in", "predict")));
        assertThat(ConnectionRules.from(odd, PipelineValidator.validate(odd), "in", "out")
                .check("predict", PredictNode.MODEL)).get().asString().endsWith("not records of a\\u0007b");
    }

    @Test
    void aReduceRefusesAnUnkeyedStream() {
        assertThat(from("b", "out").check("totals", "in")).get().asString().contains("key-by");
    }
}
