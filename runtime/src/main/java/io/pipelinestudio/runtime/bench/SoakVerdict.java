package io.pipelinestudio.runtime.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * Whether a soak held steady: the median of each figure over the second quarter of the samples against
 * its median over the last quarter. The first quarter is warm-up (class loading, JIT, buffers filling up);
 * medians ignore a single reading disturbed by another process on the machine.
 */
final class SoakVerdict {
    /** How far memory may grow, and throughput fall, from the second quarter to the last. */
    static final double TOLERANCE = 0.10;

    /** One figure in the second and the last quarter. */
    record Drift(String name, String unit, double second, double last) {
        double change() {
            return (last - second) / second;
        }

        String line() {
            return String.format(Locale.ROOT, "%-14s 2nd quarter %,10.1f %s, last quarter %,10.1f %s (%+.1f %%)",
                    name + ":", second, unit, last, unit, change() * 100);
        }
    }

    private final Drift heap;
    private final Drift rss;
    private final Drift throughput;

    private SoakVerdict(Drift heap, Drift rss, Drift throughput) {
        this.heap = heap;
        this.rss = rss;
        this.throughput = throughput;
    }

    static SoakVerdict of(List<SoakSample> samples) {
        if (samples.size() < 4) {
            throw new IllegalArgumentException("Expected at least 4 samples, one per quarter, but found "
                    + samples.size());
        }
        int n = samples.size();
        List<SoakSample> second = samples.subList(n / 4, n / 2);
        List<SoakSample> last = samples.subList(3 * n / 4, n);
        boolean rssKnown = samples.stream().allMatch(s -> s.rssBytes() >= 0);
        return new SoakVerdict(
                drift("heap after GC", "MB", second, last, SoakSample::heapMb),
                rssKnown ? drift("RSS", "MB", second, last, SoakSample::rssMb) : null,
                drift("throughput", "records/s", second, last, SoakSample::recordsPerSecond));
    }

    private static Drift drift(String name, String unit, List<SoakSample> second, List<SoakSample> last,
            ToDoubleFunction<SoakSample> figure) {
        return new Drift(name, unit, median(second, figure), median(last, figure));
    }

    private static double median(List<SoakSample> samples, ToDoubleFunction<SoakSample> figure) {
        return Median.of(samples.stream().map(s -> figure.applyAsDouble(s)).toList());
    }

    /** The figures compared, one line each. */
    List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add(heap.line());
        lines.add(rss == null ? "RSS:           unknown on this system, not checked" : rss.line());
        lines.add(throughput.line());
        return lines;
    }

    /** What drifted, in words; empty when the soak held steady. */
    List<String> problems() {
        List<String> problems = new ArrayList<>();
        grew(heap, problems);
        if (rss != null) {
            grew(rss, problems);
        }
        if (throughput.change() < -TOLERANCE) {
            problems.add(String.format(Locale.ROOT, "throughput fell %.1f %% (more than %.0f %%): the job no longer"
                    + " keeps up with the generator's rate", -throughput.change() * 100, TOLERANCE * 100));
        }
        return problems;
    }

    private static void grew(Drift drift, List<String> problems) {
        if (drift.change() > TOLERANCE) {
            problems.add(String.format(Locale.ROOT, "%s grew %.1f %% (more than %.0f %%) from the second quarter to"
                    + " the last", drift.name(), drift.change() * 100, TOLERANCE * 100));
        }
    }

    boolean passed() {
        return problems().isEmpty();
    }

    Drift heap() {
        return heap;
    }

    Drift rss() {
        return rss;
    }

    Drift throughput() {
        return throughput;
    }
}
