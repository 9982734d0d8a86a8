package io.pipelinestudio.runtime.bench;

import io.pipelinestudio.model.Pipeline;
import io.pipelinestudio.model.json.PipelineJson;
import io.pipelinestudio.model.validate.ExecutionMode;
import io.pipelinestudio.runtime.compile.CompileOptions;
import io.pipelinestudio.runtime.compile.PreparedPipeline;
import io.pipelinestudio.runtime.job.LineSourceFactory;
import io.pipelinestudio.runtime.compile.PipelineCompiler;
import io.pipelinestudio.runtime.run.EmbeddedCluster;
import com.sun.management.OperatingSystemMXBean;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.flink.api.common.JobID;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.connector.datagen.source.DataGeneratorSource;
import org.apache.flink.runtime.jobmaster.JobResult;
import org.apache.flink.streaming.api.graph.StreamGraph;

/**
 * Runs the compiled {@code window-count} example and the same job written by hand on one embedded
 * cluster, over the same lines generated inside the job, alternating, and compares their throughput.
 */
final class WindowCountBench {
    private static final long DEFAULT_RECORDS = 10_000_000L;
    private static final int KEYS = 64;

    private WindowCountBench() {}

    static void run(BenchSettings settings, PrintStream out) throws Exception {
        long records = settings.records() > 0 ? settings.records() : DEFAULT_RECORDS;
        int runs = Math.max(1, settings.runs());
        int parallelism = settings.parallelism() > 0 ? settings.parallelism()
                : Runtime.getRuntime().availableProcessors();
        Path workDir = Files.createTempDirectory("studio-bench");
        Pipeline pipeline = PipelineJson.read(StudioHome.resolve("assets/examples/window-count.json"));
        out.printf(Locale.ROOT, "window-count: %,d generated records per run, %d keys, parallelism %d, %d runs each%n",
                records, KEYS, parallelism, runs);
        List<Double> compiled = new ArrayList<>();
        List<Double> handwritten = new ArrayList<>();
        List<Double> compiledCpu = new ArrayList<>();
        List<Double> handwrittenCpu = new ArrayList<>();
        try (EmbeddedCluster cluster = new EmbeddedCluster(parallelism)) {
            // one small run of each first, so that class loading and JIT warm-up count for neither
            execute(cluster, compiledGraph(pipeline, records / 5, parallelism, workDir));
            execute(cluster, handWrittenGraph(records / 5, parallelism, workDir));
            for (int run = 1; run <= runs; run++) {
                Measurement c = execute(cluster, compiledGraph(pipeline, records, parallelism, workDir));
                Measurement h = execute(cluster, handWrittenGraph(records, parallelism, workDir));
                compiled.add(records / c.seconds());
                handwritten.add(records / h.seconds());
                compiledCpu.add(c.cpuNanos() / (double) records);
                handwrittenCpu.add(h.cpuNanos() / (double) records);
                out.printf(Locale.ROOT, "  run %d: compiled %,.0f records/s (%.0f cpu ns/record), "
                        + "hand-written %,.0f records/s (%.0f cpu ns/record)%n", run, records / c.seconds(),
                        c.cpuNanos() / (double) records, records / h.seconds(), h.cpuNanos() / (double) records);
            }
        } finally {
            deleteQuietly(workDir);
        }
        double c = median(compiled);
        double h = median(handwritten);
        out.printf(Locale.ROOT, "compiled pipeline:    %,.0f records/s, %.0f cpu ns/record (medians)%n", c,
                median(compiledCpu));
        out.printf(Locale.ROOT, "hand-written job:     %,.0f records/s, %.0f cpu ns/record (medians)%n", h,
                median(handwrittenCpu));
        // CPU time is the steadier figure on a shared machine: other processes lengthen wall time only
        out.printf(Locale.ROOT, "cpu ratio handwritten/compiled: %.2f%n", median(handwrittenCpu) / median(compiledCpu));
        out.printf(Locale.ROOT, "ratio compiled/handwritten: %.2f%n", c / h);
    }

    private static StreamGraph compiledGraph(Pipeline pipeline, long records, int parallelism, Path workDir) {
        Map<String, String> params = Map.of("input", "generated", "output", workDir.resolve("compiled.csv").toString());
        PreparedPipeline prepared = TrainBench.prepare(pipeline, ExecutionMode.STREAMING, params);
        LineSourceFactory lines = (env, nodeId) -> env.fromSource(
                new DataGeneratorSource<>(new BenchLines(KEYS), records, Types.STRING),
                WatermarkStrategy.noWatermarks(), "generated lines");
        CompileOptions options = CompileOptions.of(parallelism)
                .withLineSources(Map.of(sourceId(pipeline), lines))
                .withRejectedPath(workDir.resolve("rejected.tsv"));
        return PipelineCompiler.compile(prepared, options).streamGraph();
    }

    private static String sourceId(Pipeline pipeline) {
        return pipeline.nodes().stream().filter(n -> n.inputPorts().isEmpty()).findFirst().orElseThrow().id();
    }

    private static StreamGraph handWrittenGraph(long records, int parallelism, Path workDir) {
        return HandWrittenWindowCount.build(records, KEYS, parallelism, workDir.resolve("handwritten.csv").toString())
                .getStreamGraph();
    }

    /** Flink's net runtime of a job, and the CPU time this process spent while it ran. */
    private record Measurement(double seconds, long cpuNanos) {}

    private static Measurement execute(EmbeddedCluster cluster, StreamGraph graph) throws Exception {
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpuBefore = os.getProcessCpuTime();
        JobID job = cluster.submit(graph);
        JobResult result = cluster.result(job).get();
        long cpu = os.getProcessCpuTime() - cpuBefore;
        if (!result.isSuccess()) {
            throw new IllegalStateException("The benchmark job failed",
                    result.getSerializedThrowable().map(t -> t.deserializeError(WindowCountBench.class.getClassLoader()))
                            .orElse(null));
        }
        return new Measurement(result.getNetRuntime() / 1000.0, cpu);
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    static void deleteQuietly(Path dir) {
        try (var files = Files.walk(dir)) {
            files.sorted(Collections.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (Exception e) {
            // a temporary directory left behind is harmless
        }
    }

}
