package io.pipelinestudio.app.chart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

/**
 * The results of one window node as a chart shows them: one value per key and window end. A window
 * that fires again (a late record within the allowed lateness) replaces its value. Each key keeps at
 * most {@code maxPoints} windows, dropping the oldest; the top keys by total are shown on their own and
 * the rest can be summed as {@link #OTHER}.
 */
public final class WindowSeries {
    public static final String OTHER = "other";

    private final int maxPoints;
    private final Map<String, TreeMap<Long, Double>> byKey = new HashMap<>();
    private final Map<String, Double> totals = new HashMap<>();
    private final Set<Long> changedEnds = new HashSet<>();
    private long latestEnd = Long.MIN_VALUE;

    public WindowSeries(int maxPoints) {
        this.maxPoints = maxPoints;
    }

    /** Adds one window result; returns whether it changed what is known. */
    public boolean add(String key, long windowEnd, double value) {
        TreeMap<Long, Double> points = byKey.computeIfAbsent(key, k -> new TreeMap<>());
        Double old = points.put(windowEnd, value);
        totals.merge(key, value - (old == null ? 0 : old), Double::sum);
        if (points.size() > maxPoints) {
            Map.Entry<Long, Double> dropped = points.pollFirstEntry();
            totals.merge(key, -dropped.getValue(), Double::sum);
        }
        changedEnds.add(windowEnd);
        latestEnd = Math.max(latestEnd, windowEnd);
        return old == null || old != value;
    }

    public boolean isEmpty() {
        return byKey.isEmpty();
    }

    public int keyCount() {
        return byKey.size();
    }

    /** The keys with the largest totals, largest first (ties by name), at most {@code n}. */
    public List<String> topKeys(int n) {
        List<String> keys = new ArrayList<>(byKey.keySet());
        keys.sort(Comparator.<String>comparingDouble(k -> -totals.getOrDefault(k, 0.0)).thenComparing(k -> k));
        return keys.subList(0, Math.min(n, keys.size()));
    }

    /**
     * The series to draw: each top key's points, then {@code other} (the sum of the remaining keys per
     * window end) when there are more keys than {@code n}.
     */
    public Map<String, NavigableMap<Long, Double>> series(int n) {
        return series(n, true);
    }

    /** As {@link #series(int)}, with {@code other} only when {@code withOther}. */
    public Map<String, NavigableMap<Long, Double>> series(int n, boolean withOther) {
        List<String> top = topKeys(n);
        Map<String, NavigableMap<Long, Double>> series = new LinkedHashMap<>();
        top.forEach(key -> series.put(key, new TreeMap<>(byKey.get(key))));
        if (withOther && byKey.size() > top.size()) {
            TreeMap<Long, Double> other = new TreeMap<>();
            byKey.forEach((key, points) -> {
                if (!top.contains(key)) {
                    points.forEach((end, value) -> other.merge(end, value, Double::sum));
                }
            });
            // bounded like the others
            while (other.size() > maxPoints) {
                other.pollFirstEntry();
            }
            series.put(OTHER, other);
        }
        return series;
    }

    /** The value of each shown series in the most recent window: what a bar chart of the latest window shows. */
    public Map<String, Double> latestWindow(int n) {
        return latestWindow(n, true);
    }

    /** As {@link #latestWindow(int)}, with {@code other} only when {@code withOther}. */
    public Map<String, Double> latestWindow(int n, boolean withOther) {
        Map<String, Double> latest = new LinkedHashMap<>();
        if (latestEnd == Long.MIN_VALUE) {
            return latest;
        }
        series(n, withOther).forEach((name, points) -> {
            Double value = points.get(latestEnd);
            if (value != null) {
                latest.put(name, value);
            }
        });
        return latest;
    }

    public long latestEnd() {
        return latestEnd;
    }

    /** The window ends changed since the last call, and forgets them. */
    public Set<Long> takeChangedEnds() {
        Set<Long> taken = new HashSet<>(changedEnds);
        changedEnds.clear();
        return taken;
    }

    public void clear() {
        byKey.clear();
        totals.clear();
        changedEnds.clear();
        latestEnd = Long.MIN_VALUE;
    }
}
