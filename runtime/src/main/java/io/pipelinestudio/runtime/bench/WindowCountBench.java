package io.pipelinestudio.runtime.bench;

import io.pipelinestudio.model.Pipeline;
import io.pipelinestudio.model.json.PipelineJson;
import io.pipelinestudio.model.validate.ExecutionMode;
import io.pipelinestudio.runtime.compile.CompileOptions;
import io.pipelinestudio.runtime.compile.PipelineCompiler;
import io.pipelinestudio.runtime.compile.PreparedPipeline;
import io.pipelinestudio.runtime.job.LineSourceFactory;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.connector.datagen.source.DataGeneratorSource;
import org.apache.flink.streaming.api.graph.StreamGraph;

/**
 * Runs the compiled {@code window-count} example against the same job written by hand, and the compiled
 * job's throughput per core against one plain Java thread doing the same count.
 */
final class WindowCountBench {
    private static final long DEFAULT_RECORDS = 10_000_000L;
    static final int KEYS = 64;

    private WindowCountBench() {}

    static void run(BenchSettings settings, PrintStream out) throws Exception {
        PairedJobs.Sizes sizes = PairedJobs.Sizes.of(settings, DEFAULT_RECORDS);
        long records = sizes.records();
        int runs = sizes.runs();
        int parallelism = sizes.parallelism();
        Pipeline pipeline = PipelineJson.read(StudioHome.resolve("assets/examples/window-count.json"));
        out.printf(Locale.ROOT, "window-count: %,d generated records per run, %d keys, parallelism %d, %d runs each%n",
                records, KEYS, parallelism, runs);
        PairedJobs.Figures figures = PairedJobs.run(sizes,
                (n, workDir) -> compiledGraph(pipeline, new BenchLines(KEYS), n, parallelism, workDir),
                (n, workDir) -> HandWrittenWindowCount.build(n, KEYS, parallelism, workDir.resolve("handwritten.csv").toString())
                        .getStreamGraph(), out);
        List<Double> plain = new ArrayList<>();
        PlainJavaWindowCount.recordsPerSecond(records / 5, KEYS, 10_000);
        for (int run = 0; run < runs; run++) {
            plain.add(PlainJavaWindowCount.recordsPerSecond(records, KEYS, 10_000));
        }
        double loop = Median.of(plain);
        int cores = Math.min(parallelism, Runtime.getRuntime().availableProcessors());
        out.printf(Locale.ROOT, "plain Java, one thread: %,.0f records/s (median)%n", loop);
        out.printf(Locale.ROOT, "compiled per core / plain Java thread: %.2f (%,.0f records/s on each of %d cores)%n",
                figures.compiled() / cores / loop, figures.compiled() / cores, cores);
        out.printf(Locale.ROOT, "ratio compiled/handwritten: %.2f%n", figures.ratio());
    }

    /** The pipeline compiled as the designer and the command line compile it, reading generated lines. */
    static StreamGraph compiledGraph(Pipeline pipeline, BenchLines lines, long records, int parallelism, Path workDir) {
        Map<String, String> params = Map.of("input", "generated", "output", workDir.resolve("compiled.csv").toString());
        PreparedPipeline prepared = TrainBench.prepare(pipeline, ExecutionMode.STREAMING, params);
        LineSourceFactory source = (env, nodeId) -> env.fromSource(
                new DataGeneratorSource<>(lines, records, Types.STRING),
                WatermarkStrategy.noWatermarks(), "generated lines");
        CompileOptions options = CompileOptions.of(parallelism)
                .withLineSources(Map.of(sourceId(pipeline), source))
                .withRejectedPath(workDir.resolve("rejected.tsv"));
        return PipelineCompiler.compile(prepared, options).streamGraph();
    }

    private static String sourceId(Pipeline pipeline) {
        return pipeline.nodes().stream().filter(n -> n.inputPorts().isEmpty()).findFirst().orElseThrow().id();
    }

    static void deleteQuietly(Path dir) {
        try (var files = Files.walk(dir)) {
            files.sorted(Collections.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (Exception e) {
            // a temporary directory left behind is harmless
        }
    }
}
