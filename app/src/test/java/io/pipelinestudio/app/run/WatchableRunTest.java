package io.pipelinestudio.app.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.pipelinestudio.app.pages.RunPage;
import io.pipelinestudio.app.support.DesignerTest;
import io.pipelinestudio.app.support.Fx;
import io.pipelinestudio.model.json.PipelineJson;
import io.pipelinestudio.model.validate.ExecutionMode;
import io.pipelinestudio.runtime.run.RunState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ToggleButton;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run can be watched from the toolbar: a stream plays at the replay speed chosen, Pause holds it where it
 * is and Resume lets it finish; the training tab sets the steps per second; the one-feature example draws
 * its fit line.
 */
class WatchableRunTest extends DesignerTest {
    @TempDir
    Path dir;

    @Test
    void aStreamPlaysAtTheChosenSpeedAndPauseHoldsItUntilResumed() throws Exception {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            // 20 s of event time: 2 s at ×10
            lines.add("k" + (i % 4) + "," + (1_000_000 + i * 100L));
        }
        Path input = Files.write(dir.resolve("events.csv"), lines);
        Path output = dir.resolve("counts.csv");
        given(PipelineJson.read(Path.of(System.getProperty("pipelinestudio.examples.dir"), "window-count.json")));
        run.withParameters(Map.of("input", input.toString(), "output", output.toString()));
        choose("#replay-speed", ReplaySpeed.TEN_TIMES);

        run.mode(ExecutionMode.STREAMING).run().awaitState(RunState.RUNNING);
        RunPage.await("records reaching the window", () -> total("by-key") > 10);
        robot.clickOn("#pause-button");
        Fx.waitUntil("the run to be paused", () -> designer.runs().pausedProperty().get());
        Thread.sleep(300);
        long held = total("by-key");
        Thread.sleep(1_000);

        assertThat(total("by-key")).as("records held while paused").isEqualTo(held).isLessThan(200);
        assertThat(run.running()).isTrue();
        assertThat(Fx.get(() -> ((ToggleButton) robot.lookup("#pause-button").query()).getText()))
                .contains("Resume");
        assertThat(Fx.get(() -> robot.lookup("#step-button").queryAs(Button.class).isDisabled())).isFalse();

        robot.clickOn("#pause-button");
        run.awaitEnd();
        assertThat(run.state()).isEqualTo(RunState.FINISHED);
        assertThat(total("by-key")).isEqualTo(200);
        assertThat(run.logContains("Paused")).isTrue();
        assertThat(run.logContains("Resumed")).isTrue();
    }

    @Test
    void theTrainingTabSetsTheStepsPerSecondAndTheOneFeatureExampleDrawsItsFitLine() throws Exception {
        Path examples = Path.of(System.getProperty("pipelinestudio.examples.dir"));
        given(PipelineJson.read(examples.resolve("study-hours.json")));
        run.withParameters(Map.of("input", examples.resolve("../data/study-hours-sample.csv").normalize().toString(),
                "output", dir.resolve("loss.csv").toString(), "model", dir.resolve("model.json").toString()));

        run.mode(ExecutionMode.BATCH).run().awaitEnd();
        assertThat(run.state()).isEqualTo(RunState.FINISHED);
        robot.clickOn("#tab-training");
        choose("#training-step-rate", 5.0);

        assertThat(Fx.get(() -> designer.runs().stepsPerSecondProperty().get())).isEqualTo(5.0);
        assertThat(Fx.get(() -> robot.lookup("#training-fit-chart").query().isVisible()))
                .as("one feature: the fit line is drawn").isTrue();

        RunPage.await("the replay of the finished run", () -> Fx.get(() -> robot.lookup("#training-replay").query()
                .isVisible()));
        List<Double> finalFit = fitLine();
        robot.clickOn("#training-replay");
        robot.type(javafx.scene.input.KeyCode.HOME);
        Fx.waitUntil("the first step shown", () -> trainingStatus().contains("replaying step 1 of"));
        assertThat(Fx.get(() -> chart("#training-loss-chart").getXYPlot().getDataset().getItemCount(0))).isEqualTo(1);
        assertThat(fitLine()).as("the fit of the first step").isNotEqualTo(finalFit);
        robot.type(javafx.scene.input.KeyCode.END);
        Fx.waitUntil("the last step shown", () -> !trainingStatus().contains("replaying"));
        assertThat(fitLine()).isEqualTo(finalFit);
    }

    private String trainingStatus() {
        return Fx.get(() -> ((javafx.scene.control.Label) robot.lookup("#training-status").query()).getText());
    }

    private org.jfree.chart.JFreeChart chart(String query) {
        return Fx.get(() -> ((org.jfree.chart.fx.ChartViewer) robot.lookup(query).query()).getChart());
    }

    /** The y values of the fitted line as drawn. */
    private List<Double> fitLine() {
        return Fx.get(() -> {
            org.jfree.data.xy.XYDataset fit = chart("#training-fit-chart").getXYPlot().getDataset(1);
            List<Double> ys = new ArrayList<>();
            for (int i = 0; i < fit.getItemCount(0); i++) {
                ys.add(fit.getYValue(0, i));
            }
            return ys;
        });
    }

    private long total(String nodeId) {
        return Fx.get(() -> designer.runOverlay().counters() == null ? 0
                : designer.runOverlay().counters().total(nodeId, "out"));
    }

    @SuppressWarnings("unchecked")
    private <T> void choose(String query, T value) {
        ComboBox<T> combo = robot.lookup(query).queryAs(ComboBox.class);
        Fx.run(() -> combo.setValue(value));
        Fx.waitUntil(query + " to show " + value, () -> value.equals(combo.getValue()));
    }
}
