package io.pipelinestudio.runtime.bench;

import java.util.Locale;

/**
 * One reading of a soak: seconds since the job started, the heap after a full collection and the
 * resident set in bytes (-1: unknown), the records the generator emitted per second since the previous
 * reading, and the busy fraction of the busiest task (0 to 1; NaN before Flink reports it).
 */
record SoakSample(double elapsedSeconds, long heapAfterGcBytes, long rssBytes, double recordsPerSecond,
        double busiest) {
    static final double MB = 1024.0 * 1024.0;

    double heapMb() {
        return heapAfterGcBytes / MB;
    }

    double rssMb() {
        return rssBytes / MB;
    }

    /** As the soak prints it: elapsed time, heap after GC, RSS, records per second, the busiest task. */
    String line() {
        String rss = rssBytes < 0 ? "     n/a" : String.format(Locale.ROOT, "%6.1f MB", rssMb());
        String busy = Double.isNaN(busiest) ? "n/a" : String.format(Locale.ROOT, "%.0f %%", busiest * 100);
        return String.format(Locale.ROOT, "%6.0f s  heap after GC %6.1f MB  RSS %s  %,8.0f records/s  busiest task %s",
                elapsedSeconds, heapMb(), rss, recordsPerSecond, busy);
    }
}
