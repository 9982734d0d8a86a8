package io.pipelinestudio.runtime.bench;

import java.util.HashMap;
import java.util.Map;

/**
 * The window count as one plain Java loop on one thread over the same generated lines: parse, find the
 * window, count per key and window. No framework, no parallelism, no fault tolerance: what one core can do
 * when nothing else is asked of it, the yardstick for the compiled job's throughput per core.
 */
final class PlainJavaWindowCount {
    private PlainJavaWindowCount() {}

    private record Window(String key, long start) {}

    /** Records per second of the loop over {@code records} lines; the counts are checked so the loop is not optimized away. */
    static double recordsPerSecond(long records, int keys, long windowMs) {
        BenchLines lines = new BenchLines(keys);
        Map<Window, long[]> counts = new HashMap<>();
        long started = System.nanoTime();
        for (long i = 0; i < records; i++) {
            String line = lines.line(i);
            int comma = line.indexOf(',');
            long timestamp = Long.parseLong(line, comma + 1, line.length(), 10);
            Window window = new Window(line.substring(0, comma), timestamp - Math.floorMod(timestamp, windowMs));
            counts.computeIfAbsent(window, w -> new long[1])[0]++;
        }
        StringBuilder results = new StringBuilder();
        long total = 0;
        for (Map.Entry<Window, long[]> entry : counts.entrySet()) {
            Window window = entry.getKey();
            results.setLength(0);
            results.append(window.start()).append(',').append(window.start() + windowMs).append(',')
                    .append(window.key()).append(',').append(entry.getValue()[0]);
            total += entry.getValue()[0];
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        if (total != records) {
            throw new IllegalStateException("Expected the plain loop to count " + records + " records but it counted " + total);
        }
        return records / seconds;
    }
}
