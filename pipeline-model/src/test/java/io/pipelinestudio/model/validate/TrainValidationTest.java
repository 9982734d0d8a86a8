package io.pipelinestudio.model.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.pipelinestudio.model.Edge;
import io.pipelinestudio.model.Pipeline;
import io.pipelinestudio.model.node.ConsoleSinkNode;
import io.pipelinestudio.model.node.CsvSourceNode;
import io.pipelinestudio.model.node.ModelKind;
import io.pipelinestudio.model.node.Node;
import io.pipelinestudio.model.node.PredictNode;
import io.pipelinestudio.model.node.TrainNode;
import io.pipelinestudio.model.schema.Field;
import io.pipelinestudio.model.schema.FieldType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules of the train and predict nodes. */
class TrainValidationTest {
    private static final CsvSourceNode SOURCE = new CsvSourceNode("data", null, "data.csv", ",", false, List.of(
            new Field("x1", FieldType.DOUBLE), new Field("x2", FieldType.LONG), new Field("name", FieldType.STRING),
            new Field("y", FieldType.DOUBLE)));

    @Test
    void trainOutputsStepLossBiasAndOneWeightPerFeature() {
        ValidationReport report = validate(train(List.of("x1", "x2"), "y", 0.1));

        assertThat(report.errors()).isEmpty();
        assertThat(report.stream("train", Node.OUT).orElseThrow().schema().names())
                .containsExactly("step", "loss", "bias", "w_x1", "w_x2");
    }

    @Test
    void featuresAndLabelMustBeNumericFields() {
        ValidationReport report = validate(train(List.of("x1", "name", "missing"), "name", 0.1));

        assertThat(report.problemsOf("train")).extracting(Problem::kind)
                .contains(ProblemKind.TYPE_MISMATCH, ProblemKind.UNKNOWN_FIELD);
        assertThat(report.problemsOf("train")).extracting(Problem::message)
                .anyMatch(m -> m.contains("'name' is string; expected long or double"));
    }

    @Test
    void theLabelCannotAlsoBeAFeatureAndTheLearningRateMustBePositive() {
        ValidationReport report = validate(train(List.of("x1", "y"), "y", 0));

        assertThat(report.problemsOf("train")).extracting(Problem::message)
                .anyMatch(m -> m.contains("cannot also be a feature"))
                .anyMatch(m -> m.contains("learning rate must be greater than 0"));
    }

    @Test
    void predictFromATrainNodeNeedsItsModelPortConnected() {
        PredictNode predict = new PredictNode("predict", null, ModelKind.LINEAR_REGRESSION, List.of("x1"), null);
        Pipeline pipeline = Pipeline.of("p", List.of(SOURCE, predict, new ConsoleSinkNode("out", null)),
                List.of(Edge.of("data", "predict"), Edge.of("predict", "out")));

        ValidationReport report = PipelineValidator.validate(pipeline);

        assertThat(report.problemsOf("predict")).extracting(Problem::kind).contains(ProblemKind.UNCONNECTED_INPUT);
    }

    @Test
    void predictAddsPredictionAndForLogisticRegressionProbability() {
        PredictNode predict = new PredictNode("predict", null, ModelKind.LOGISTIC_REGRESSION, List.of("x1", "x2"),
                "model.json");
        Pipeline pipeline = Pipeline.of("p", List.of(SOURCE, predict, new ConsoleSinkNode("out", null)),
                List.of(Edge.of("data", "predict"), Edge.of("predict", "out")));

        ValidationReport report = PipelineValidator.validate(pipeline);

        assertThat(report.errors()).isEmpty();
        assertThat(report.stream("predict", Node.OUT).orElseThrow().schema().names())
                .endsWith("prediction", "probability");
    }

    private static TrainNode train(List<String> features, String label, double learningRate) {
        return new TrainNode("train", null, ModelKind.LINEAR_REGRESSION, features, label, learningRate, 0, true, 100,
                0, 10, 1, null);
    }

    private static ValidationReport validate(TrainNode train) {
        Pipeline pipeline = Pipeline.of("p", List.of(SOURCE, train, new ConsoleSinkNode("out", null)),
                List.of(Edge.of("data", "train"), Edge.of("train", "out")));
        return PipelineValidator.validate(pipeline);
    }
}
