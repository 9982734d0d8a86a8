package io.pipelinestudio.runtime.bench;

import io.pipelinestudio.model.Edge;
import io.pipelinestudio.model.Pipeline;
import io.pipelinestudio.model.node.CsvSinkNode;
import io.pipelinestudio.model.node.CsvSourceNode;
import io.pipelinestudio.model.node.ModelKind;
import io.pipelinestudio.model.node.Node;
import io.pipelinestudio.model.node.TrainNode;
import io.pipelinestudio.model.schema.Field;
import io.pipelinestudio.model.schema.FieldType;
import io.pipelinestudio.model.validate.ExecutionMode;
import io.pipelinestudio.runtime.compile.CompileOptions;
import io.pipelinestudio.runtime.compile.PreparedPipeline;
import io.pipelinestudio.runtime.job.LineSourceFactory;
import io.pipelinestudio.runtime.compile.PipelineCompiler;
import io.pipelinestudio.runtime.run.EmbeddedCluster;
import io.pipelinestudio.runtime.run.InvalidPipelineException;
import io.pipelinestudio.runtime.train.TrainOperator;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.flink.api.common.JobID;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.connector.datagen.source.DataGeneratorSource;
import org.apache.flink.connector.datagen.source.GeneratorFunction;
import org.apache.flink.runtime.jobmaster.JobResult;

/**
 * Full-batch linear regression on generated rows in BATCH mode: the train node's throughput per epoch
 * (its training time, which the operator reports, over its epochs; reading the data excluded), next to
 * a plain single-threaded Java loop computing the same epochs on the same values, the ceiling.
 */
final class TrainBench {
    private static final long DEFAULT_ROWS = 1_000_000;
    private static final int FEATURES = 10;
    private static final int EPOCHS = 100;

    private TrainBench() {}

    static void run(BenchSettings settings, PrintStream out) throws Exception {
        int rows = (int) (settings.records() > 0 ? settings.records() : DEFAULT_ROWS);
        int parallelism = settings.parallelism() > 0 ? settings.parallelism() : Runtime.getRuntime().availableProcessors();
        out.printf(Locale.ROOT, "train: %,d rows x %d features, %d epochs, BATCH mode, parallelism %d%n", rows,
                FEATURES, EPOCHS, parallelism);
        Path dir = Files.createTempDirectory("studio-train-bench");
        double pipelineSeconds;
        try (EmbeddedCluster cluster = new EmbeddedCluster(parallelism)) {
            run(cluster, rows / 10, 2, parallelism, dir);
            pipelineSeconds = run(cluster, rows, EPOCHS, parallelism, dir) / (EPOCHS + 1);
        }
        double loopSeconds = plainLoop(rows);
        out.printf(Locale.ROOT, "train node:           %,.0f records/s per epoch (%.1f ms per epoch)%n",
                rows / pipelineSeconds, pipelineSeconds * 1000);
        out.printf(Locale.ROOT, "plain Java loop:      %,.0f records/s per epoch (%.1f ms per epoch, 1 thread)%n",
                rows / loopSeconds, loopSeconds * 1000);
        out.printf(Locale.ROOT, "ratio train node/plain loop: %.2f%n", loopSeconds / pipelineSeconds);
    }

    /** Runs the pipeline with {@code epochs} epochs; returns the seconds its training took. */
    private static double run(EmbeddedCluster cluster, int rows, int epochs, int parallelism, Path dir)
            throws Exception {
        List<Field> fields = new ArrayList<>();
        List<String> features = new ArrayList<>();
        for (int j = 1; j <= FEATURES; j++) {
            fields.add(new Field("x" + j, FieldType.DOUBLE));
            features.add("x" + j);
        }
        fields.add(new Field("y", FieldType.DOUBLE));
        List<Node> nodes = List.of(
                new CsvSourceNode("rows", null, "generated", ",", false, fields),
                new TrainNode("train", null, ModelKind.LINEAR_REGRESSION, features, "y", 0.1, 0, true, epochs,
                        0, 100, 1, null),
                new CsvSinkNode("losses", null, dir.resolve("losses.csv").toString(), ",", false));
        Pipeline pipeline = Pipeline.of("train-bench", nodes, List.of(Edge.of("rows", "train"),
                Edge.of("train", "losses")));
        PreparedPipeline prepared = prepare(pipeline, ExecutionMode.BATCH, Map.of());
        LineSourceFactory lines = (env, nodeId) -> env.fromSource(
                new DataGeneratorSource<>(new Rows(), rows, Types.STRING), WatermarkStrategy.noWatermarks(), "rows");
        CompileOptions options = CompileOptions.of(parallelism)
                .withLineSources(Map.of("rows", lines)).withRejectedPath(dir.resolve("rejected.tsv"));
        JobID job = cluster.submit(PipelineCompiler.compile(prepared, options).streamGraph());
        JobResult result = cluster.result(job).get();
        if (!result.isSuccess()) {
            throw new IllegalStateException("The training benchmark job failed");
        }
        Object nanos = result.getAccumulatorResults().get(TrainOperator.trainingNanosCounter("train"))
                .deserializeValue(TrainBench.class.getClassLoader()).getUnchecked();
        return ((Number) nanos).longValue() / 1e9;
    }

    /** The same epochs as the train node (standardized features, MSE, full batch) in one plain loop. */
    private static double plainLoop(int n) {
        double[][] x = new double[n][FEATURES];
        double[] y = new double[n];
        Rows rows = new Rows();
        for (int i = 0; i < n; i++) {
            double[] v = rows.values(i);
            System.arraycopy(v, 0, x[i], 0, FEATURES);
            y[i] = v[FEATURES];
        }
        double[] w = new double[FEATURES];
        double b = 0;
        long start = System.nanoTime();
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            double[] g = new double[FEATURES];
            double gb = 0;
            double loss = 0;
            for (int i = 0; i < n; i++) {
                double z = b;
                double[] xi = x[i];
                for (int j = 0; j < FEATURES; j++) {
                    z += w[j] * xi[j];
                }
                double error = z - y[i];
                loss += error * error;
                gb += 2 * error;
                for (int j = 0; j < FEATURES; j++) {
                    g[j] += 2 * error * xi[j];
                }
            }
            for (int j = 0; j < FEATURES; j++) {
                w[j] -= 0.1 * g[j] / n;
            }
            b -= 0.1 * gb / n;
            if (loss == Double.MIN_VALUE) {
                System.out.print("");
            }
        }
        return (System.nanoTime() - start) / 1e9 / EPOCHS;
    }

    /** Row {@code i}: features in [0, 1) from a hash of {@code i}, and y a fixed linear function of them. */
    static final class Rows implements GeneratorFunction<Long, String> {
        private static final long serialVersionUID = 1L;

        double[] values(long i) {
            double[] v = new double[FEATURES + 1];
            double y = 1.0;
            long h = i * 0x9E3779B97F4A7C15L;
            for (int j = 0; j < FEATURES; j++) {
                h = (h ^ (h >>> 31)) * 0xBF58476D1CE4E5B9L + j;
                v[j] = (h >>> 11) * 0x1.0p-53;
                y += (j + 1) * v[j];
            }
            v[FEATURES] = y;
            return v;
        }

        @Override
        public String map(Long i) {
            double[] v = values(i);
            StringBuilder line = new StringBuilder(200);
            for (int j = 0; j <= FEATURES; j++) {
                if (j > 0) {
                    line.append(',');
                }
                line.append(v[j]);
            }
            return line.toString();
        }
    }

    /** A benchmark's own pipeline, prepared; it is valid by construction, so a problem is a bug here. */
    static PreparedPipeline prepare(Pipeline pipeline, ExecutionMode mode, Map<String, String> parameters) {
        try {
            return PreparedPipeline.prepare(pipeline, mode, parameters);
        } catch (InvalidPipelineException e) {
            throw new IllegalStateException("Expected the benchmark pipeline " + pipeline.name() + " to be valid: "
                    + e.getMessage(), e);
        }
    }
}
