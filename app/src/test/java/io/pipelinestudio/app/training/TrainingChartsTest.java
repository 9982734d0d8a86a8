package io.pipelinestudio.app.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.pipelinestudio.app.files.Examples;
import io.pipelinestudio.app.support.Fx;
import io.pipelinestudio.model.Pipeline;
import io.pipelinestudio.model.json.PipelineJson;
import io.pipelinestudio.model.node.TrainNode;
import io.pipelinestudio.model.validate.ExecutionMode;
import io.pipelinestudio.runtime.run.PipelineRunner;
import io.pipelinestudio.runtime.run.RunListener;
import io.pipelinestudio.runtime.run.RunOptions;
import io.pipelinestudio.runtime.run.RunResult;
import io.pipelinestudio.runtime.run.RunState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.data.xy.XYSeries;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The training charts in a real window, fed by real runs of the regression examples on the embedded
 * cluster, checked against the loss file and model file the runtime wrote.
 */
class TrainingChartsTest {
    private static final Path EXAMPLES = Path.of(System.getProperty(Examples.PROPERTY, "../assets/examples"));
    private static final Path DATA = EXAMPLES.resolve("../data").normalize();
    private static PipelineRunner runner;
    private final FxRobot robot = new FxRobot();
    private TrainingCharts charts;
    @TempDir
    Path dir;

    @BeforeAll
    static void startRunner() {
        runner = new PipelineRunner(2);
        runner.warmUp();
    }

    @AfterAll
    static void stopRunner() throws Exception {
        runner.close();
    }

    @BeforeEach
    void showCharts() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        Fx.run(() -> {
            charts = new TrainingCharts();
            stage.setScene(new Scene((Parent) charts.view(), 1300, 480));
            stage.setX(0);
            stage.setY(0);
            stage.show();
            stage.toFront();
        });
    }

    @AfterEach
    void closeWindow() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void aBatchRunDrawsOneFallingLossPointPerEpochEndingAtTheLossTheRuntimeWrote() throws Exception {
        Pipeline pipeline = PipelineJson.read(EXAMPLES.resolve("linear-regression.json"));

        Run run = run(pipeline, "linear-regression-sample.csv", "first");

        XYSeries loss = lossSeries(0);
        assertThat(loss.getKey()).isEqualTo("run 1 \u00b7 \u03b1=0.3");
        Fx.waitUntil("the chart to show every epoch", () -> loss.getItemCount() == run.losses().size());
        List<double[]> written = run.losses();
        for (int i = 0; i < loss.getItemCount(); i++) {
            assertThat(loss.getX(i).doubleValue()).isEqualTo(written.get(i)[0]);
            assertThat(loss.getY(i).doubleValue()).isEqualTo(written.get(i)[1], within(1e-9 * written.get(i)[1]));
            if (i > 0) {
                assertThat(loss.getY(i).doubleValue()).as("loss at epoch %d", i)
                        .isLessThanOrEqualTo(loss.getY(i - 1).doubleValue());
            }
        }
        double last = loss.getY(loss.getItemCount() - 1).doubleValue();
        assertThat(last).isCloseTo(run.model().get("loss").asDouble(), within(1e-9 * last));
        assertThat(last).isLessThan(loss.getY(0).doubleValue() / 10);
        // the weights chart follows the run: the bias and one weight per feature, ending at the saved model
        assertThat(Fx.get(() -> charts.model().weights().getSeriesCount())).isEqualTo(4);
        XYSeries w1 = Fx.get(() -> charts.model().weights().getSeries(1));
        assertThat(w1.getKey()).isEqualTo("w_x1");
        Fx.waitUntil("the weights to reach the last epoch", () -> w1.getItemCount() == run.losses().size());
        assertThat(w1.getY(w1.getItemCount() - 1).doubleValue())
                .isCloseTo(run.model().get("weights").get(0).asDouble(), within(1e-9));
        // three features have no picture in two dimensions; the chart says so
        assertThat(Fx.get(() -> charts.model().fitAvailableProperty().get())).isFalse();
        assertThat(robot.lookup("#training-fit-note").queryLabeled().getText()).contains("one feature");
        Fx.waitUntil("the status to show the end", () -> robot.lookup("#training-status").queryLabeled()
                .getText().contains("finished"));
    }

    @Test
    void aStreamingRunDrawsOnePointPerMiniBatch() throws Exception {
        Pipeline pipeline = PipelineJson.read(EXAMPLES.resolve("linear-regression.json"));

        Run run = run(pipeline, ExecutionMode.STREAMING, "linear-regression-sample.csv", "streaming");

        // 2,000 examples in mini-batches of 20
        assertThat(run.losses()).hasSize(100);
        XYSeries loss = lossSeries(0);
        Fx.waitUntil("a point per mini-batch", () -> loss.getItemCount() == run.losses().size());
        for (int i = 0; i < loss.getItemCount(); i++) {
            assertThat(loss.getX(i).doubleValue()).isEqualTo(run.losses().get(i)[0]);
            assertThat(loss.getY(i).doubleValue()).isEqualTo(run.losses().get(i)[1],
                    within(1e-9 * run.losses().get(i)[1]));
        }
        assertThat(Fx.get(() -> charts.model().statusProperty().get())).contains("streaming");
    }

    @Test
    void aSecondRunOverlaysASecondCurveAndClearRunsRemovesThem() throws Exception {
        Pipeline pipeline = PipelineJson.read(EXAMPLES.resolve("linear-regression.json"));
        Pipeline slower = withLearningRate(pipeline, 0.1);

        Run first = run(pipeline, "linear-regression-sample.csv", "first");
        Run second = run(slower, "linear-regression-sample.csv", "second");

        assertThat(Fx.get(() -> charts.model().losses().getSeriesCount())).isEqualTo(2);
        XYSeries fast = lossSeries(0);
        XYSeries slow = lossSeries(1);
        assertThat(slow.getKey()).isEqualTo("run 2 \u00b7 \u03b1=0.1");
        Fx.waitUntil("both curves to be complete", () -> fast.getItemCount() == first.losses().size()
                && slow.getItemCount() == second.losses().size());
        // the same start, and the smaller rate falls more slowly
        assertThat(slow.getY(0).doubleValue()).isEqualTo(fast.getY(0).doubleValue());
        assertThat(slow.getY(10).doubleValue()).isGreaterThan(fast.getY(10).doubleValue());

        robot.clickOn("#training-clear");

        Fx.waitUntil("the runs to be cleared", () -> charts.model().losses().getSeriesCount() == 0
                && charts.model().weights().getSeriesCount() == 0);
    }

    @Test
    void theLogScaleToggleSwitchesTheLossAxis() {
        assertThat(Fx.get(() -> charts.model().lossPlot().getRangeAxis())).isInstanceOf(NumberAxis.class);

        robot.clickOn("#training-log-scale");

        Fx.waitUntil("a log axis", () -> charts.model().lossPlot().getRangeAxis() instanceof LogAxis);

        robot.clickOn("#training-log-scale");

        Fx.waitUntil("a linear axis again", () -> charts.model().lossPlot().getRangeAxis() instanceof NumberAxis);
    }

    @Test
    void aLogisticRunOnTwoFeaturesShowsASampleOfTheDataAndTheFinalDecisionBoundary() throws Exception {
        Pipeline pipeline = PipelineJson.read(EXAMPLES.resolve("logistic-regression.json"));
        assertThat(charts.watched(pipeline)).containsExactlyInAnyOrder("train", "examples");
        long started = System.nanoTime();

        Run run = run(pipeline, "logistic-regression-sample.csv", "logistic");

        Fx.waitUntil("the whole loss curve", () -> lossSeries(0).getItemCount() == run.losses().size());
        assertThat(Fx.get(() -> charts.model().fitAvailableProperty().get())).isTrue();
        XYSeries zeros = Fx.get(() -> charts.model().data().getSeries(0));
        XYSeries ones = Fx.get(() -> charts.model().data().getSeries(1));
        Fx.waitUntil("a full sample", () -> zeros.getItemCount() + ones.getItemCount() == TrainCurve.SAMPLE_ROWS);
        assertThat(zeros.getItemCount()).isPositive();
        assertThat(ones.getItemCount()).isPositive();
        long[] redraws = Fx.get(() -> charts.model().redrawStatistics());
        long elapsedMillis = (System.nanoTime() - started) / 1_000_000;
        // 2,001 steps, yet the charts redrew at most once per 50 ms
        assertThat(redraws[0]).isBetween(1L, elapsedMillis / 50 + 1);
        System.out.printf("logistic run: %d steps, %d redraws, %.0f ms on the FX thread in all%n",
                run.losses().size(), redraws[0], redraws[1] / 1e6);
        XYSeries boundary = Fx.get(() -> charts.model().fit().getSeries(0));
        assertThat(boundary.getKey()).isEqualTo("decision boundary");
        assertThat(boundary.getItemCount()).isEqualTo(2);
        // both ends lie where the saved model's probability is 1/2
        JsonNode model = run.model();
        double bias = model.get("bias").asDouble();
        double w1 = model.get("weights").get(0).asDouble();
        double w2 = model.get("weights").get(1).asDouble();
        for (int i = 0; i < 2; i++) {
            double score = bias + w1 * boundary.getX(i).doubleValue() + w2 * boundary.getY(i).doubleValue();
            assertThat(score).isCloseTo(0, within(1e-6 * (Math.abs(bias) + Math.abs(w1) + Math.abs(w2))));
        }
    }

    @Test
    void aLinearRunOnOneFeatureShowsTheDataAndTheFinalFittedLine() throws Exception {
        Pipeline pipeline = withFeatures(PipelineJson.read(EXAMPLES.resolve("linear-regression.json")), List.of("x3"));

        Run run = run(pipeline, "linear-regression-sample.csv", "one-feature");

        Fx.waitUntil("the whole loss curve", () -> lossSeries(0).getItemCount() == run.losses().size());
        XYSeries points = Fx.get(() -> charts.model().data().getSeries(0));
        Fx.waitUntil("a full sample", () -> points.getItemCount() == TrainCurve.SAMPLE_ROWS);
        XYSeries line = Fx.get(() -> charts.model().fit().getSeries(0));
        assertThat(line.getKey()).isEqualTo("fitted line");
        assertThat(line.getItemCount()).isEqualTo(2);
        double bias = run.model().get("bias").asDouble();
        double w = run.model().get("weights").get(0).asDouble();
        double smallest = Double.MAX_VALUE;
        double largest = -Double.MAX_VALUE;
        for (int i = 0; i < points.getItemCount(); i++) {
            smallest = Math.min(smallest, points.getX(i).doubleValue());
            largest = Math.max(largest, points.getX(i).doubleValue());
        }
        // the line spans the sample, at the saved model's predictions
        assertThat(line.getX(0).doubleValue()).isEqualTo(smallest);
        assertThat(line.getX(1).doubleValue()).isEqualTo(largest);
        for (int i = 0; i < 2; i++) {
            double expected = bias + w * line.getX(i).doubleValue();
            assertThat(line.getY(i).doubleValue()).isCloseTo(expected, within(1e-9 * Math.max(1, Math.abs(expected))));
        }
    }

    private XYSeries lossSeries(int index) {
        return Fx.get(() -> charts.model().losses().getSeries(index));
    }

    /** Runs {@code pipeline} on {@code data}, watched by the charts as the designer would. */
    private Run run(Pipeline pipeline, String data, String name) throws Exception {
        return run(pipeline, ExecutionMode.BATCH, data, name);
    }

    private Run run(Pipeline pipeline, ExecutionMode mode, String data, String name) throws Exception {
        Path losses = dir.resolve(name + "-loss.csv");
        Path model = dir.resolve(name + "-model.json");
        RunListener listener = Fx.get(() -> charts.started(pipeline, mode, null));
        Set<String> watched = Fx.get(() -> charts.watched(pipeline));
        RunResult result = runner.run(pipeline, RunOptions.of(mode)
                .withParameters(Map.of("input", DATA.resolve(data).toString(), "output", losses.toString(),
                        "model", model.toString()))
                .withWatched(watched).withListener(listener));
        assertThat(result.state()).as("run %s: %s", name, result.failure()).isEqualTo(RunState.FINISHED);
        List<double[]> steps = Files.readAllLines(losses).stream().filter(line -> !line.isBlank())
                .map(line -> line.split(","))
                .map(parts -> new double[] {Double.parseDouble(parts[0]), Double.parseDouble(parts[1])})
                .sorted(Comparator.comparingDouble(step -> step[0])).toList();
        return new Run(steps, PipelineJson.mapper().readTree(model.toFile()));
    }

    private static Pipeline withLearningRate(Pipeline pipeline, double rate) {
        return pipeline.withNodes(pipeline.nodes().stream().map(node -> node instanceof TrainNode t
                ? new TrainNode(t.id(), t.label(), t.model(), t.features(), t.labelField(), rate, t.l2(),
                        t.standardize(), t.epochs(), t.tolerance(), t.batchSize(), t.stepsPerBatch(), t.modelPath())
                : node).toList());
    }

    private static Pipeline withFeatures(Pipeline pipeline, List<String> features) {
        return pipeline.withNodes(pipeline.nodes().stream().map(node -> node instanceof TrainNode t
                ? new TrainNode(t.id(), t.label(), t.model(), features, t.labelField(), t.learningRate(), t.l2(),
                        t.standardize(), t.epochs(), t.tolerance(), t.batchSize(), t.stepsPerBatch(), t.modelPath())
                : node).toList());
    }

    /** What the runtime wrote: the {@code (step, loss)} lines in step order, and the model file. */
    private record Run(List<double[]> losses, JsonNode model) {}
}
