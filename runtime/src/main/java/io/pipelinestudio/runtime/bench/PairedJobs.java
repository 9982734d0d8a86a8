package io.pipelinestudio.runtime.bench;

import com.sun.management.OperatingSystemMXBean;
import io.pipelinestudio.runtime.run.EmbeddedCluster;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.flink.api.common.JobID;
import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.CoreOptions;
import org.apache.flink.configuration.ExecutionOptions;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.runtime.jobmaster.JobResult;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.graph.StreamGraph;

/**
 * Runs a compiled pipeline and the same job written by hand on one embedded cluster, over the same lines
 * generated inside the jobs, alternating, after warm-up runs of each, so that class loading and the JIT's
 * compiling count for neither; reports throughput and the CPU time of this process per record.
 */
final class PairedJobs {
    /** How long each job runs before the measured runs, at least. */
    private static final double WARM_UP_SECONDS = 3;

    /**
     * Medians over the runs: records per second, CPU nanoseconds per record, and the throughput ratio of each
     * pair of runs (a compiled run and the hand-written run right after it), which holds when the machine's
     * speed drifts between pairs, as a shared machine's does, where a ratio of the two medians would pair a
     * fast moment of one job with a slow one of the other.
     */
    record Figures(double compiled, double handwritten, double compiledCpu, double handwrittenCpu, double ratio) {}

    /** Records per run, measured runs of each job, and parallelism: the settings asked for, or the defaults. */
    record Sizes(long records, int runs, int parallelism) {
        static Sizes of(BenchSettings settings, long defaultRecords) {
            return new Sizes(settings.records() > 0 ? settings.records() : defaultRecords, Math.max(1, settings.runs()),
                    settings.parallelism() > 0 ? settings.parallelism() : Runtime.getRuntime().availableProcessors());
        }
    }

    /** One of the two jobs, for a number of records, writing its output in a temporary folder. */
    interface Job {
        StreamGraph graph(long records, Path workDir) throws Exception;
    }

    private PairedJobs() {}

    /**
     * The hand-written jobs' environment: the same execution settings as compiled pipelines (streaming, no
     * generic types, object reuse), so that the comparison measures the translation alone.
     */
    static StreamExecutionEnvironment handWrittenEnvironment(int parallelism) {
        Configuration conf = new Configuration();
        conf.set(ExecutionOptions.RUNTIME_MODE, RuntimeExecutionMode.STREAMING);
        conf.set(PipelineOptions.GENERIC_TYPES, false);
        conf.set(PipelineOptions.OBJECT_REUSE, true);
        conf.set(CoreOptions.DEFAULT_PARALLELISM, parallelism);
        return new StreamExecutionEnvironment(conf);
    }

    static Figures run(Sizes sizes, Job compiled, Job handwritten, PrintStream out) throws Exception {
        Path workDir = Files.createTempDirectory("studio-bench");
        try {
            return run(sizes.records(), sizes.runs(), sizes.parallelism(), n -> compiled.graph(n, workDir),
                    n -> handwritten.graph(n, workDir), out);
        } finally {
            WindowCountBench.deleteQuietly(workDir);
        }
    }

    private interface Graphs {
        StreamGraph of(long records) throws Exception;
    }

    private static Figures run(long records, int runs, int parallelism, Graphs compiled, Graphs handwritten,
            PrintStream out) throws Exception {
        List<Double> compiledRates = new ArrayList<>();
        List<Double> handwrittenRates = new ArrayList<>();
        List<Double> compiledCpu = new ArrayList<>();
        List<Double> handwrittenCpu = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        try (EmbeddedCluster cluster = new EmbeddedCluster(parallelism)) {
            warmUp(cluster, compiled, records);
            warmUp(cluster, handwritten, records);
            for (int run = 1; run <= runs; run++) {
                Measurement c = execute(cluster, compiled.of(records));
                Measurement h = execute(cluster, handwritten.of(records));
                compiledRates.add(records / c.seconds());
                handwrittenRates.add(records / h.seconds());
                compiledCpu.add(c.cpuNanos() / (double) records);
                handwrittenCpu.add(h.cpuNanos() / (double) records);
                ratios.add(h.seconds() / c.seconds());
                out.printf(Locale.ROOT, "  run %d: compiled %,.0f records/s (%.0f cpu ns/record), "
                        + "hand-written %,.0f records/s (%.0f cpu ns/record), ratio %.2f%n", run, records / c.seconds(),
                        c.cpuNanos() / (double) records, records / h.seconds(), h.cpuNanos() / (double) records,
                        h.seconds() / c.seconds());
            }
        }
        Figures figures = new Figures(Median.of(compiledRates), Median.of(handwrittenRates), Median.of(compiledCpu),
                Median.of(handwrittenCpu), Median.of(ratios));
        out.printf(Locale.ROOT, "compiled pipeline:    %,.0f records/s, %.0f cpu ns/record (medians)%n",
                figures.compiled(), figures.compiledCpu());
        out.printf(Locale.ROOT, "hand-written job:     %,.0f records/s, %.0f cpu ns/record (medians)%n",
                figures.handwritten(), figures.handwrittenCpu());
        // CPU time is the steadier figure on a shared machine: other processes lengthen wall time only
        out.printf(Locale.ROOT, "cpu ratio handwritten/compiled: %.2f%n", figures.handwrittenCpu() / figures.compiledCpu());
        return figures;
    }

    /**
     * Runs of a fifth of the records until they have taken {@link #WARM_UP_SECONDS} together: the JIT needs
     * time rather than records (after one such run of the window count, 0.3 s, the first measured runs were
     * still up to a fifth slower than the last; the hand-written sliding job takes 20 s for as many records).
     */
    private static void warmUp(EmbeddedCluster cluster, Graphs job, long records) throws Exception {
        double seconds = 0;
        for (int run = 0; run < 20 && seconds < WARM_UP_SECONDS; run++) {
            seconds += execute(cluster, job.of(Math.max(1, records / 5))).seconds();
        }
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
                    result.getSerializedThrowable().map(t -> t.deserializeError(PairedJobs.class.getClassLoader()))
                            .orElse(null));
        }
        return new Measurement(result.getNetRuntime() / 1000.0, cpu);
    }

}
