package io.pipelinestudio.app.help;

import static org.assertj.core.api.Assertions.assertThat;

import io.pipelinestudio.app.files.Examples;
import io.pipelinestudio.app.support.DesignerTest;
import io.pipelinestudio.app.support.Fx;
import io.pipelinestudio.model.json.PipelineJson;
import io.pipelinestudio.model.node.TrainNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class NodeHelpTest extends DesignerTest {
    private static final Path EXAMPLES = Path.of(System.getProperty(Examples.PROPERTY, "../assets/examples"));

    @Test
    void selectingATrainNodeShowsTheUpdateRuleTheLossesAndWhatRunsInParallel() throws Exception {
        given(PipelineJson.read(EXAMPLES.resolve("linear-regression.json")));

        canvas.click("train");

        Fx.waitUntil("the train node's settings", () -> properties.title().equals("Gradient descent"));
        assertThat(properties.help()).contains(
                "w \u2190 w \u2212 \u03b1\u00b7\u2207J(w)",
                "mean squared error",
                "J(w) = (1/n) \u03a3 (w\u00b7x\u1d62 + b \u2212 y\u1d62)\u00b2 + \u03bb\u2016w\u2016\u00b2",
                "binary cross-entropy",
                "Learning rate \u03b1", "L2 \u03bb", "Standardize", "Tolerance", "Batch size", "Steps per batch",
                "In parallel", "Not in parallel: the weight update itself");
    }

    @Test
    void theTrainNodesSheetEditsEverySettingAndOtherKindsShowNoTrainingHelp() throws Exception {
        given(PipelineJson.read(EXAMPLES.resolve("linear-regression.json")));
        canvas.click("train");
        Fx.waitUntil("the train node's settings", () -> properties.title().equals("Gradient descent"));

        for (String setting : List.of("model", "features", "labelField", "learningRate", "l2", "standardize",
                "epochs", "tolerance", "batchSize", "stepsPerBatch", "modelPath")) {
            assertThat(properties.has(setting)).as("an editor for %s", setting).isTrue();
        }
        properties.set("learningRate", "0.05");
        Fx.waitUntil("the new learning rate in the model",
                () -> ((TrainNode) designer.document().pipeline().node("train").orElseThrow()).learningRate() == 0.05);

        canvas.click("examples");

        Fx.waitUntil("the source's settings", () -> properties.title().equals("Examples"));
        assertThat(properties.help()).isEmpty();
    }
}
