package io.pipelinestudio.runtime.bench;

import io.pipelinestudio.model.Pipeline;
import io.pipelinestudio.model.node.Node;
import io.pipelinestudio.model.validate.ExecutionMode;
import io.pipelinestudio.runtime.compile.PreparedPipeline;
import io.pipelinestudio.runtime.io.LineFileSink;
import io.pipelinestudio.runtime.run.PipelineRunner;
import io.pipelinestudio.runtime.run.RunHandle;
import io.pipelinestudio.runtime.run.RunOptions;
import io.pipelinestudio.runtime.run.RunResult;
import io.pipelinestudio.runtime.run.RunState;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@code ./studio bench soak}: runs a streaming pipeline at a steady rate for minutes on the embedded
 * cluster, watched as the designer watches a run (live metrics, a chart), samples the memory and the
 * throughput of this process at a fixed interval, and fails when either drifts between the second and the
 * last quarter of the run.
 */
final class SoakBench {
    /** How many windows a series keeps in the designer's chart ({@code WindowChartView.MAX_POINTS}). */
    private static final int DESIGNER_CHART_POINTS = 600;
    private static final long START_TIMEOUT_MS = 120_000;
    private static final long STOP_TIMEOUT_MS = 60_000;

    private SoakBench() {}

    /** Runs the soak, printing a line per sample and a summary; returns whether nothing drifted. */
    static boolean run(BenchSettings settings, PrintStream out) throws Exception {
        int minutes = settings.soakMinutes();
        int every = settings.soakSampleSeconds();
        int samples = settings.soakSamples();
        if (samples < BenchSettings.SOAK_MIN_SAMPLES) {
            throw new IllegalArgumentException("Expected a soak long enough for " + BenchSettings.SOAK_MIN_SAMPLES
                    + " samples, one per quarter, but " + minutes + " min at one sample every " + every + " s gives "
                    + samples);
        }
        // one instance unless asked: a steady 20,000 records/s needs no more, and it keeps runs comparable
        int parallelism = settings.parallelism() > 0 ? settings.parallelism() : 1;
        Path dir = Files.createTempDirectory("studio-soak");
        Thread cleanUp = new Thread(() -> WindowCountBench.deleteQuietly(dir), "soak-clean-up");
        // Ctrl+C during an hour's soak must not leave the counts file behind
        Runtime.getRuntime().addShutdownHook(cleanUp);
        try {
            return soak(dir, minutes, every, samples, parallelism, out);
        } finally {
            WindowCountBench.deleteQuietly(dir);
            try {
                Runtime.getRuntime().removeShutdownHook(cleanUp);
            } catch (IllegalStateException e) {
                // the process is shutting down already, and the hook is running or has run
            }
        }
    }

    private static boolean soak(Path dir, int minutes, int every, int sampleCount, int parallelism, PrintStream out)
            throws Exception {
        Path csv = dir.resolve("counts.csv");
        Pipeline pipeline = SoakPipeline.build(csv);
        PreparedPipeline prepared = TrainBench.prepare(pipeline, ExecutionMode.STREAMING, Map.of());
        SoakWatcher watcher = SoakWatcher.of(prepared, new ChartPoints(chartPoints(minutes)));
        RunOptions options = RunOptions.of(ExecutionMode.STREAMING)
                .withParallelism(parallelism)
                .withListener(watcher)
                .withWatched(SoakWatcher.watchedNodes(pipeline))
                .withRejectedPath(dir.resolve("rejected.tsv"));
        out.printf(Locale.ROOT, "soak: generator at %,.0f records/s over %d keys -> event time -> count per key in"
                + " tumbling windows (one closes each second) -> chart and CSV sinks; live metrics and chart watched;"
                + " parallelism %d; %d min, a sample every %d s%n", SoakPipeline.RECORDS_PER_SECOND, SoakPipeline.KEYS,
                parallelism, minutes, every);
        List<SoakSample> samples = new ArrayList<>();
        long csvLines;
        try (PipelineRunner runner = new PipelineRunner(parallelism)) {
            RunHandle run = runner.start(prepared, options);
            try {
                if (!awaitRunning(run, out)) {
                    return false;
                }
                try (LoadWatch load = LoadWatch.start(run)) {
                    if (!sample(run, watcher, load, every, sampleCount, samples, out)) {
                        return false;
                    }
                }
            } finally {
                stop(run);
            }
            // cancelled, the sink closes its file as FILE.inprogress; it holds a header line
            Path written = LineFileSink.inProgressPath(csv);
            csvLines = Files.exists(written) ? Math.max(0, lineCount(written) - 1) : 0;
        }
        return judge(samples, watcher, csvLines, out);
    }

    /**
     * The points each chart series keeps: the designer's 600 when the first quarter of the run fills them,
     * else what a little less than the first quarter fills, so that a buffer still filling up is never
     * read as growth between the second and the last quarter.
     */
    static int chartPoints(int minutes) {
        double windowsPerSecond = SoakPipeline.RECORDS_PER_SECOND * SoakPipeline.TIME_STEP_MS / SoakPipeline.WINDOW_MS;
        int firstQuarter = (int) (minutes * 60 / 4.0 * windowsPerSecond * 0.8);
        return Math.max(1, Math.min(DESIGNER_CHART_POINTS, firstQuarter));
    }

    private static boolean awaitRunning(RunHandle run, PrintStream out) throws Exception {
        long deadline = System.currentTimeMillis() + START_TIMEOUT_MS;
        while (run.state() != RunState.RUNNING) {
            if (run.state().isTerminal()) {
                out.println("soak: failed: the job ended before it ran: " + run.result().get().failure());
                return false;
            }
            if (System.currentTimeMillis() > deadline) {
                out.println("soak: failed: the job did not start within " + START_TIMEOUT_MS / 1000 + " s");
                return false;
            }
            Thread.sleep(50);
        }
        return true;
    }

    /** Takes {@code count} samples, one every {@code every} seconds; false if the job ended before the last. */
    private static boolean sample(RunHandle run, SoakWatcher watcher, LoadWatch load, int every, int count,
            List<SoakSample> samples, PrintStream out) throws Exception {
        long started = System.nanoTime();
        long previousNanos = started;
        long previousRecords = watcher.flowed(SoakPipeline.GENERATOR, Node.OUT);
        for (int i = 1; i <= count; i++) {
            long due = started + TimeUnit.SECONDS.toNanos((long) every * i);
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            if (run.state().isTerminal()) {
                RunResult result = run.result().get();
                String how = result.failure() == null ? "ended (" + result.state().name().toLowerCase(Locale.ROOT) + ")"
                        : "failed (" + result.failure() + ")";
                out.printf(Locale.ROOT, "soak: failed: the job %s after %.0f s of its %d min%n", how,
                        (System.nanoTime() - started) / 1e9, count * every / 60);
                return false;
            }
            // the rate before the collection, whose pause belongs to the next interval
            long now = System.nanoTime();
            long records = watcher.flowed(SoakPipeline.GENERATOR, Node.OUT);
            double perSecond = (records - previousRecords) / ((now - previousNanos) / 1e9);
            previousRecords = records;
            previousNanos = now;
            long heap = ProcessMemory.heapAfterGc();
            long rss = ProcessMemory.residentSetSizeAfterGc();
            SoakSample sample = new SoakSample((now - started) / 1e9, heap, rss, perSecond, load.busiest());
            samples.add(sample);
            out.println(sample.line());
        }
        return true;
    }

    private static boolean judge(List<SoakSample> samples, SoakWatcher watcher, long csvLines, PrintStream out) {
        SoakVerdict verdict = SoakVerdict.of(samples);
        verdict.lines().forEach(out::println);
        ChartPoints chart = watcher.chart();
        out.printf(Locale.ROOT, "generated %,d records; the windows counted %,d of them (the rest were in windows"
                + " still open); the CSV sink wrote %,d lines; the chart kept %,d points over %d series; %,d rejected%n",
                watcher.flowed(SoakPipeline.GENERATOR, Node.OUT), watcher.windowedRecords(), csvLines,
                chart.pointCount(), chart.seriesCount(), watcher.rejected());
        watcher.firstRejected().forEach(r -> out.println("  rejected: " + r));
        List<String> problems = new ArrayList<>(verdict.problems());
        if (csvLines == 0) {
            problems.add("no window results reached the CSV file: the windows never closed");
        }
        if (problems.isEmpty()) {
            out.printf(Locale.ROOT, "soak: passed: nothing drifted more than %.0f %%%n", SoakVerdict.TOLERANCE * 100);
            return true;
        }
        problems.forEach(p -> out.println("soak: failed: " + p));
        return false;
    }

    /** Cancels the run and waits until it has ended, so that its file is closed before it is counted. */
    private static void stop(RunHandle run) throws Exception {
        run.cancel();
        try {
            run.result().get(STOP_TIMEOUT_MS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new IllegalStateException("Expected the soak job to stop within " + STOP_TIMEOUT_MS / 1000
                    + " s of being cancelled, but it is still " + run.state(), e);
        }
    }

    private static long lineCount(Path file) throws IOException {
        try (var lines = Files.lines(file)) {
            return lines.count();
        }
    }
}
