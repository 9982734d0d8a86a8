package io.pipelinestudio.runtime.bench;

import com.sun.management.OperatingSystemMXBean;
import io.pipelinestudio.model.validate.ExecutionMode;
import io.pipelinestudio.runtime.job.JobArguments;
import io.pipelinestudio.runtime.job.JobContext;
import io.pipelinestudio.runtime.job.TapProvider;
import io.pipelinestudio.runtime.run.EmbeddedCluster;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.flink.api.common.JobID;
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
     * The hand-written jobs' environment: the execution settings of a compiled pipeline's streaming job
     * (no generic types, object reuse), taken from where compiled jobs take them, so that the comparison
     * measures the translation alone.
     */
    static StreamExecutionEnvironment handWrittenEnvironment(int parallelism) {
        JobContext settings = new JobContext(JobArguments.of(ExecutionMode.STREAMING, Map.of(), parallelism),
                TapProvider.NONE, Map.of());
        return new StreamExecutionEnvironment(settings.configuration("hand-written"));
    }

    /** Runs both jobs, alternating, each writing its output into one temporary folder. */
    static Figures run(Sizes sizes, Job compiled, Job handwritten, PrintStream out) throws Exception {
        long records = sizes.records();
        List<Double> compiledRates = new ArrayList<>();
        List<Double> handwrittenRates = new ArrayList<>();
        List<Double> compiledCpu = new ArrayList<>();
        List<Double> handwrittenCpu = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        Path workDir = Files.createTempDirectory("studio-bench");
        try (EmbeddedCluster cluster = new EmbeddedCluster(sizes.parallelism())) {
            warmUp(cluster, compiled, records, workDir);
            warmUp(cluster, handwritten, records, workDir);
            for (int run = 1; run <= sizes.runs(); run++) {
                Measurement c = execute(cluster, compiled.graph(records, workDir));
                Measurement h = execute(cluster, handwritten.graph(records, workDir));
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
        } finally {
            WindowCountBench.deleteQuietly(workDir);
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
    private static void warmUp(EmbeddedCluster cluster, Job job, long records, Path workDir) throws Exception {
        double seconds = 0;
        for (int run = 0; run < 20 && seconds < WARM_UP_SECONDS; run++) {
            seconds += execute(cluster, job.graph(Math.max(1, records / 5), workDir)).seconds();
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
