package io.pipelinestudio.runtime.bench;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The points a live chart holds, as the designer's window chart holds them: one value per series and x
 * (a window's end), a window that fires again replacing its value, each series keeping only its latest
 * {@code maxPoints}. Fed from the job's threads.
 */
final class ChartPoints {
    private final int maxPoints;
    private final Map<String, TreeMap<Long, Double>> bySeries = new HashMap<>();
    private int points;

    ChartPoints(int maxPoints) {
        if (maxPoints < 1) {
            throw new IllegalArgumentException("Expected a chart to keep at least 1 point per series but found "
                    + maxPoints);
        }
        this.maxPoints = maxPoints;
    }

    synchronized void add(String series, long x, double value) {
        TreeMap<Long, Double> line = bySeries.computeIfAbsent(series, s -> new TreeMap<>());
        if (line.put(x, value) == null) {
            points++;
        }
        if (line.size() > maxPoints) {
            line.pollFirstEntry();
            points--;
        }
    }

    synchronized int seriesCount() {
        return bySeries.size();
    }

    synchronized int pointCount() {
        return points;
    }
}
