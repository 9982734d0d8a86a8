package io.pipelinestudio.app.training;

import static org.assertj.core.api.Assertions.assertThat;

import io.pipelinestudio.app.pages.RunPage;
import io.pipelinestudio.app.support.DesignerTest;
import io.pipelinestudio.app.support.Fx;
import io.pipelinestudio.model.json.PipelineJson;
import io.pipelinestudio.model.validate.ExecutionMode;
import io.pipelinestudio.runtime.run.RunState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pressing Run on a training pipeline in the designer shows its loss curve in the results area. */
class TrainingInDesignerTest extends DesignerTest {
    @TempDir
    Path dir;

    @Test
    void runningTheLinearRegressionExampleShowsTheTrainingTabFollowingItToItsLastEpoch() throws Exception {
        Path examples = Path.of(System.getProperty("pipelinestudio.examples.dir"));
        Path output = dir.resolve("loss.csv");
        given(PipelineJson.read(examples.resolve("linear-regression.json")));
        run.withParameters(Map.of(
                "input", examples.resolve("../data/linear-regression-sample.csv").toString(),
                "output", output.toString(),
                "model", dir.resolve("model.json").toString()));

        run.mode(ExecutionMode.BATCH).run().awaitEnd();

        assertThat(run.state()).isEqualTo(RunState.FINISHED);
        List<String> losses = Files.readAllLines(output);
        String lastStep = losses.get(losses.size() - 1).split(",")[0];
        RunPage.await("the training tab", () -> Fx.get(() -> trainingTab() != null && trainingTab().isSelected()));
        RunPage.await("the status at the last epoch", () -> robot.lookup("#training-status").tryQuery()
                .map(label -> Fx.get(() -> ((Label) label).getText()).contains("step " + lastStep)).orElse(false));
        assertThat(Fx.get(() -> trainingTab().getContent().getId())).isEqualTo("training-charts");
    }

    private Tab trainingTab() {
        return robot.lookup(".tab-pane").queryAllAs(TabPane.class).stream()
                .flatMap(pane -> pane.getTabs().stream())
                .filter(tab -> tab.getText().equals("Training"))
                .findFirst().orElse(null);
    }
}
