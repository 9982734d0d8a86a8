package io.pipelinestudio.app.chart;

/**
 * How long window results waited between leaving the job and being drawn into the chart's data: per
 * refresh, the wait of the oldest result taken in. Read by the benchmark; FX thread only.
 */
public final class ChartLatency {
    private long refreshes;
    private long results;
    private long totalNanos;
    private long maxNanos;
    private final long[] histogramMs = new long[2_001];

    void record(long oldestWaitNanos, int taken) {
        refreshes++;
        results += taken;
        totalNanos += oldestWaitNanos;
        maxNanos = Math.max(maxNanos, oldestWaitNanos);
        histogramMs[(int) Math.min(histogramMs.length - 1, oldestWaitNanos / 1_000_000)]++;
    }

    /** Starts counting afresh, as after a warm-up. */
    public void reset() {
        clear();
    }

    void clear() {
        refreshes = 0;
        results = 0;
        totalNanos = 0;
        maxNanos = 0;
        java.util.Arrays.fill(histogramMs, 0);
    }

    public long refreshes() {
        return refreshes;
    }

    public long results() {
        return results;
    }

    public double meanMillis() {
        return refreshes == 0 ? 0 : totalNanos / 1e6 / refreshes;
    }

    public double maxMillis() {
        return maxNanos / 1e6;
    }

    /** The wait that {@code fraction} of refreshes stayed within, in whole milliseconds. */
    public long percentileMillis(double fraction) {
        long wanted = (long) Math.ceil(refreshes * fraction);
        long seen = 0;
        for (int ms = 0; ms < histogramMs.length; ms++) {
            seen += histogramMs[ms];
            if (seen >= wanted && wanted > 0) {
                return ms;
            }
        }
        return histogramMs.length - 1;
    }
}
