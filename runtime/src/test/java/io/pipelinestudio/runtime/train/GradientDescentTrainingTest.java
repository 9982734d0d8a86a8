package io.pipelinestudio.runtime.train;

import static io.pipelinestudio.runtime.testing.NodeFixtures.csvSink;
import static io.pipelinestudio.runtime.testing.NodeFixtures.csvSource;
import static io.pipelinestudio.runtime.testing.NodeFixtures.float64;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pipelinestudio.model.Edge;
import io.pipelinestudio.model.Pipeline;
import io.pipelinestudio.model.node.CsvSourceNode;
import io.pipelinestudio.model.node.ModelKind;
import io.pipelinestudio.model.node.PredictNode;
import io.pipelinestudio.model.node.TrainNode;
import io.pipelinestudio.model.validate.ExecutionMode;
import io.pipelinestudio.runtime.run.PipelineRunner;
import io.pipelinestudio.runtime.run.RunOptions;
import io.pipelinestudio.runtime.run.RunResult;
import io.pipelinestudio.runtime.run.RunState;
import io.pipelinestudio.runtime.testing.PipelineBuilder;
import io.pipelinestudio.runtime.testing.Runs;
import io.pipelinestudio.runtime.testing.SharedRunner;
import io.pipelinestudio.runtime.testing.TestFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Trains on data from known models and checks the results against independent computations. */
@ExtendWith(SharedRunner.class)
class GradientDescentTrainingTest {
    private static final double[] TRUE_WEIGHTS = {3.0, -0.02, 0.5};
    private static final double TRUE_BIAS = 4.0;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void batchLinearRegressionReachesTheClosedFormLeastSquaresSolution(PipelineRunner runner) throws Exception {
        double[][] rows = linearData(2000, 0.1, 1);
        Path model = dir.resolve("model.json");

        Runs.finished(runner, linearPipeline(rows, train(ModelKind.LINEAR_REGRESSION, 0.3, 0, 3000, model)),
                ExecutionMode.BATCH);

        double[] expected = leastSquares(rows);
        JsonNode json = JSON.readTree(model.toFile());
        for (int j = 0; j < 3; j++) {
            assertThat(json.get("weights").get(j).asDouble())
                    .as("weight %d", j).isCloseTo(expected[j], within(1e-3 * Math.abs(expected[j])));
        }
        assertThat(json.get("bias").asDouble()).isCloseTo(expected[3], within(1e-3 * Math.abs(expected[3])));
    }

    @Test
    void lossNeverIncreasesForASmallEnoughLearningRate(PipelineRunner runner) {
        double[][] rows = linearData(500, 0.5, 2);
        Path losses = dir.resolve("losses.csv");

        Runs.finished(runner, linearPipeline(rows, losses, train(ModelKind.LINEAR_REGRESSION, 0.05, 0, 200, null)),
                ExecutionMode.BATCH);

        List<double[]> curve = curve(losses);
        assertThat(curve).hasSize(201);
        for (int i = 1; i < curve.size(); i++) {
            assertThat(curve.get(i)[1]).as("loss at step %d", i).isLessThanOrEqualTo(curve.get(i - 1)[1]);
        }
    }

    @Test
    void tooLargeALearningRateIsReportedAsDivergence(PipelineRunner runner) {
        double[][] rows = linearData(500, 0.5, 3);
        TrainNode train = new TrainNode("train", null, ModelKind.LINEAR_REGRESSION, List.of("x1", "x2", "x3"), "y",
                0.01, 0, false, 500, 0, 10, 1, null);

        RunResult result = Runs.run(runner, linearPipeline(rows, train), RunOptions.of(ExecutionMode.BATCH));

        assertThat(result.state()).isEqualTo(RunState.FAILED);
        assertThat(result.failure().nodeId()).isEqualTo("train");
        assertThat(result.failure().message()).contains("diverged").contains("learning rate 0.01");
    }

    @Test
    void batchTrainingGivesBitIdenticalWeightsAtAnyParallelism(PipelineRunner runner) throws Exception {
        double[][] rows = linearData(3000, 1.0, 4);
        Path one = dir.resolve("p1.json");
        Path two = dir.resolve("p2.json");

        Runs.finished(runner, linearPipeline(rows, train(ModelKind.LINEAR_REGRESSION, 0.1, 0.01, 50, one)),
                RunOptions.of(ExecutionMode.BATCH).withParallelism(1));
        Runs.finished(runner, linearPipeline(rows, train(ModelKind.LINEAR_REGRESSION, 0.1, 0.01, 50, two)),
                RunOptions.of(ExecutionMode.BATCH).withParallelism(2));

        assertThat(Files.readString(two)).isEqualTo(Files.readString(one));
    }

    @Test
    void logisticRegressionSeparatesSeparableData(PipelineRunner runner) throws Exception {
        Random random = new Random(5);
        List<String> lines = new ArrayList<>();
        List<double[]> points = new ArrayList<>();
        while (points.size() < 1000) {
            double x1 = random.nextDouble() * 10 - 5;
            double x2 = random.nextDouble() * 100;
            double z = 1.5 * x1 + 0.08 * (x2 - 50) + 0.5;
            if (Math.abs(z) < 0.2) {
                continue;
            }
            double label = z > 0 ? 1 : 0;
            points.add(new double[] {x1, x2, label});
            lines.add(String.format(Locale.ROOT, "%.6f,%.6f,%d", x1, x2, (int) label));
        }
        Path model = dir.resolve("logistic.json");
        Path losses = dir.resolve("losses.csv");
        TrainNode train = new TrainNode("train", null, ModelKind.LOGISTIC_REGRESSION, List.of("x1", "x2"), "label",
                0.5, 0, true, 1000, 0, 10, 1, model.toString());
        Pipeline pipeline = PipelineBuilder.chain("logistic",
                csvSource("data", TestFiles.write(dir.resolve("data.csv"), lines), float64("x1"), float64("x2"),
                        float64("label")),
                train, csvSink("losses", losses));

        Runs.finished(runner, pipeline, ExecutionMode.BATCH);

        JsonNode json = JSON.readTree(model.toFile());
        double w1 = json.get("weights").get(0).asDouble();
        double w2 = json.get("weights").get(1).asDouble();
        double b = json.get("bias").asDouble();
        long correct = points.stream().filter(p -> (b + w1 * p[0] + w2 * p[1] > 0) == (p[2] == 1)).count();
        assertThat(correct / (double) points.size()).isGreaterThanOrEqualTo(0.97);
        List<double[]> curve = curve(losses);
        for (int i = 1; i < curve.size(); i++) {
            assertThat(curve.get(i)[1]).isLessThanOrEqualTo(curve.get(i - 1)[1]);
        }
        assertThat(curve.get(curve.size() - 1)[1]).isLessThan(curve.get(0)[1] / 5);
    }

    @Test
    void aMiniBatchLossIsTheModelsLossBeforeItLearnsFromThatBatch(PipelineRunner runner) {
        double[][] rows = linearData(500, 0.5, 7);
        Path batchLosses = dir.resolve("batch-losses.csv");
        Path streamLosses = dir.resolve("stream-losses.csv");
        Runs.finished(runner, linearPipeline(rows, batchLosses, train(ModelKind.LINEAR_REGRESSION, 0.1, 0, 5, null)),
                ExecutionMode.BATCH);
        // one batch holding every record: its loss is the untrained model's, like BATCH mode's step 0
        TrainNode oneBatch = new TrainNode("train", null, ModelKind.LINEAR_REGRESSION, List.of("x1", "x2", "x3"), "y",
                0.1, 0, true, 1, 0, rows.length, 3, null);

        Runs.finished(runner, linearPipeline(rows, streamLosses, oneBatch), ExecutionMode.STREAMING);

        List<double[]> stream = curve(streamLosses);
        assertThat(stream).hasSize(1);
        assertThat(stream.get(0)[0]).isEqualTo(3);
        double untrained = curve(batchLosses).get(0)[1];
        assertThat(stream.get(0)[1]).isCloseTo(untrained, within(1e-9 * untrained));
    }

    @Test
    void streamingMiniBatchDescentEndsWithinTwoPercentOfTheTrueWeights(PipelineRunner runner) throws Exception {
        double[][] rows = linearData(20000, 0.1, 6);
        Path model = dir.resolve("streaming.json");
        TrainNode train = new TrainNode("train", null, ModelKind.LINEAR_REGRESSION, List.of("x1", "x2", "x3"), "y",
                0.05, 0, true, 1, 0, 50, 2, model.toString());

        Runs.finished(runner, linearPipeline(rows, train), ExecutionMode.STREAMING);

        JsonNode json = JSON.readTree(model.toFile());
        for (int j = 0; j < 3; j++) {
            assertThat(json.get("weights").get(j).asDouble()).as("weight %d", j)
                    .isCloseTo(TRUE_WEIGHTS[j], within(0.02 * Math.abs(TRUE_WEIGHTS[j])));
        }
        assertThat(json.get("bias").asDouble()).isCloseTo(TRUE_BIAS, within(0.02 * TRUE_BIAS));
    }

    @Test
    void recordsAModelCannotLearnFromAreRejectedAndCounted(PipelineRunner runner) throws Exception {
        Path data = TestFiles.write(dir.resolve("data.csv"), "1.0,2.0,1", "abc,2.0,0", "2.0,1.0", "3.0,0.5,2",
                "-1.0,4.0,0", "0.5,3.0,1");
        Path losses = dir.resolve("losses.csv");
        TrainNode train = new TrainNode("train", null, ModelKind.LOGISTIC_REGRESSION, List.of("x1", "x2"), "label",
                0.1, 0, true, 5, 0, 10, 1, null);
        Pipeline pipeline = PipelineBuilder.chain("bad-input",
                csvSource("data", data, float64("x1"), float64("x2"), float64("label")), train,
                csvSink("losses", losses));

        RunResult result = Runs.finished(runner, pipeline, ExecutionMode.BATCH);

        assertThat(result.rejectedByNode()).containsEntry("data", 2L).containsEntry("train", 1L);
        assertThat(TestFiles.lines(result.rejectedFile()))
                .anyMatch(line -> line.startsWith("train\tthe label is 2.0; expected 0 or 1"));
        assertThat(curve(losses)).hasSize(6);
    }

    @Test
    void aConstantFeatureCannotBeStandardizedAndSaysSo(PipelineRunner runner) {
        Path data = TestFiles.write(dir.resolve("data.csv"), "1.0,5.0,2.0", "2.0,5.0,4.0", "3.0,5.0,6.0");
        TrainNode train = new TrainNode("train", null, ModelKind.LINEAR_REGRESSION, List.of("x1", "x2"), "y",
                0.1, 0, true, 5, 0, 10, 1, null);
        Pipeline pipeline = PipelineBuilder.chain("constant",
                csvSource("data", data, float64("x1"), float64("x2"), float64("y")), train,
                csvSink("losses", dir.resolve("losses.csv")));

        RunResult result = Runs.run(runner, pipeline, RunOptions.of(ExecutionMode.BATCH));

        assertThat(result.state()).isEqualTo(RunState.FAILED);
        assertThat(result.failure().nodeId()).isEqualTo("train");
        assertThat(result.failure().message()).contains("'x2' is constant");
    }

    @Test
    void emptyInputIsReportedClearly(PipelineRunner runner) {
        Path data = TestFiles.write(dir.resolve("empty.csv"));
        Pipeline pipeline = linearPipeline(data, dir.resolve("losses.csv"),
                train(ModelKind.LINEAR_REGRESSION, 0.1, 0, 5, null));

        RunResult result = Runs.run(runner, pipeline, RunOptions.of(ExecutionMode.BATCH));

        assertThat(result.state()).isEqualTo(RunState.FAILED);
        assertThat(result.failure().message()).contains("no training records");
    }

    @Test
    void predictAppliesASavedModelAndATrainNodesUpdatesAlike(PipelineRunner runner) throws Exception {
        double[][] rows = linearData(1000, 0.1, 7);
        Path data = writeLinear(rows);
        Path model = dir.resolve("model.json");
        Runs.finished(runner, linearPipeline(data, dir.resolve("l.csv"),
                train(ModelKind.LINEAR_REGRESSION, 0.3, 0, 500, model)), ExecutionMode.BATCH);
        Path fromFile = dir.resolve("from-file.csv");
        Path fromStream = dir.resolve("from-stream.csv");
        PredictNode withFile = new PredictNode("predict", null, ModelKind.LINEAR_REGRESSION,
                List.of("x1", "x2", "x3"), model.toString());
        PredictNode withUpdates = new PredictNode("predict", null, ModelKind.LINEAR_REGRESSION,
                List.of("x1", "x2", "x3"), null);

        Runs.finished(runner, PipelineBuilder.chain("predict-file", source(data), withFile, csvSink("out", fromFile)),
                ExecutionMode.BATCH);
        Pipeline trainAndPredict = PipelineBuilder.pipeline("predict-stream")
                .chain(source(data), train(ModelKind.LINEAR_REGRESSION, 0.3, 0, 500, null))
                .chain(source(data), withUpdates, csvSink("out", fromStream))
                .build();
        trainAndPredict = trainAndPredict.withEdges(append(trainAndPredict.edges(),
                new Edge("train", TrainNode.OUT, "predict", PredictNode.MODEL)));
        Runs.finished(runner, trainAndPredict, ExecutionMode.BATCH);

        JsonNode json = JSON.readTree(model.toFile());
        for (Path output : List.of(fromFile, fromStream)) {
            List<String> lines = TestFiles.lines(output);
            assertThat(lines).hasSize(rows.length);
            for (String line : lines) {
                String[] v = line.split(",");
                double expected = json.get("bias").asDouble();
                for (int j = 0; j < 3; j++) {
                    expected += json.get("weights").get(j).asDouble() * Double.parseDouble(v[j]);
                }
                assertThat(Double.parseDouble(v[4])).as(line).isCloseTo(expected, within(1e-9));
            }
        }
    }

    private static List<Edge> append(List<Edge> edges, Edge edge) {
        List<Edge> all = new ArrayList<>(edges);
        all.add(edge);
        return all;
    }

    private static TrainNode train(ModelKind model, double learningRate, double l2, int epochs, Path modelFile) {
        return new TrainNode("train", "Train", model, List.of("x1", "x2", "x3"), "y", learningRate, l2, true, epochs,
                0, 10, 1, modelFile == null ? null : modelFile.toString());
    }

    private Pipeline linearPipeline(double[][] rows, TrainNode train) {
        return linearPipeline(writeLinear(rows), dir.resolve("losses-" + System.nanoTime() + ".csv"), train);
    }

    private Pipeline linearPipeline(double[][] rows, Path losses, TrainNode train) {
        return linearPipeline(writeLinear(rows), losses, train);
    }

    private static Pipeline linearPipeline(Path data, Path losses, TrainNode train) {
        return PipelineBuilder.chain("linear", source(data), train, csvSink("losses", losses));
    }

    private static CsvSourceNode source(Path data) {
        return csvSource("data", data, float64("x1"), float64("x2"), float64("x3"), float64("y"));
    }

    private Path writeLinear(double[][] rows) {
        List<String> lines = new ArrayList<>();
        for (double[] r : rows) {
            lines.add(String.format(Locale.ROOT, "%s,%s,%s,%s", r[0], r[1], r[2], r[3]));
        }
        return TestFiles.write(dir.resolve("linear-" + System.nanoTime() + ".csv"), lines);
    }

    /** Features of very different scales, y from the true weights plus Gaussian noise. */
    private static double[][] linearData(int n, double noise, long seed) {
        Random random = new Random(seed);
        double[][] rows = new double[n][];
        for (int i = 0; i < n; i++) {
            double x1 = random.nextDouble();
            double x2 = random.nextDouble() * 1000;
            double x3 = 50 + 10 * random.nextGaussian();
            double y = TRUE_WEIGHTS[0] * x1 + TRUE_WEIGHTS[1] * x2 + TRUE_WEIGHTS[2] * x3 + TRUE_BIAS
                    + noise * random.nextGaussian();
            rows[i] = new double[] {x1, x2, x3, y};
        }
        return rows;
    }

    /** Ordinary least squares by the normal equations, solved by Gaussian elimination with pivoting. */
    private static double[] leastSquares(double[][] rows) {
        int d = 4;
        double[][] a = new double[d][d + 1];
        for (double[] r : rows) {
            double[] x = {r[0], r[1], r[2], 1};
            for (int i = 0; i < d; i++) {
                for (int j = 0; j < d; j++) {
                    a[i][j] += x[i] * x[j];
                }
                a[i][d] += x[i] * r[3];
            }
        }
        for (int col = 0; col < d; col++) {
            int pivot = col;
            for (int row = col + 1; row < d; row++) {
                if (Math.abs(a[row][col]) > Math.abs(a[pivot][col])) {
                    pivot = row;
                }
            }
            double[] swap = a[col];
            a[col] = a[pivot];
            a[pivot] = swap;
            for (int row = 0; row < d; row++) {
                if (row != col) {
                    double factor = a[row][col] / a[col][col];
                    for (int k = col; k <= d; k++) {
                        a[row][k] -= factor * a[col][k];
                    }
                }
            }
        }
        double[] solution = new double[d];
        for (int i = 0; i < d; i++) {
            solution[i] = a[i][d] / a[i][i];
        }
        return solution;
    }

    private static List<double[]> curve(Path losses) {
        List<double[]> points = new ArrayList<>();
        for (String line : TestFiles.lines(losses)) {
            String[] v = line.split(",");
            points.add(new double[] {Double.parseDouble(v[0]), Double.parseDouble(v[1])});
        }
        points.sort(Comparator.comparingDouble(p -> p[0]));
        return points;
    }
}
