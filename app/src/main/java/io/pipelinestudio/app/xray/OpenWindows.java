package io.pipelinestudio.app.xray;

import io.pipelinestudio.model.node.WindowSpec;
import io.pipelinestudio.model.node.WindowType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The windows of one window node that are still open, and how many records each holds per key, shadowed
 * from the records that enter the node (the job keeps its windows in Flink's state, out of reach): each
 * record counts in the windows its event time falls in, and a window leaves once the watermark passes its
 * end, as the job's window fires. Bounded, since a person reads only the first few.
 */
final class OpenWindows {
    static final int MAX_TRACKED = 5_000;
    private final WindowSpec spec;
    private final int[] keyColumns;
    private final int timeColumn;
    private final Map<Window, Long> records = new HashMap<>();
    private long firedUpTo = Long.MIN_VALUE;

    private record Window(long start, long end, String key) {}

    OpenWindows(WindowSpec spec, int[] keyColumns, int timeColumn) {
        this.spec = spec;
        this.keyColumns = keyColumns.clone();
        this.timeColumn = timeColumn;
    }

    /** A record entering the window node; called on the job's threads. */
    synchronized void add(List<Object> values) {
        Long time = timeColumn < values.size() ? millis(values.get(timeColumn)) : null;
        if (time == null) {
            return;
        }
        String key = java.util.Arrays.stream(keyColumns)
                .mapToObj(column -> column < values.size() ? String.valueOf(values.get(column)) : "")
                .collect(Collectors.joining(", "));
        for (long start : starts(time)) {
            Window window = new Window(start, start + spec.sizeMs(), key);
            if (window.end() > firedUpTo && (records.containsKey(window) || records.size() < MAX_TRACKED)) {
                records.merge(window, 1L, Long::sum);
            }
        }
    }

    /** Forgets the windows the watermark has passed: the job has fired them. */
    synchronized void fired(long watermark) {
        firedUpTo = Math.max(firedUpTo, watermark);
        records.keySet().removeIf(window -> window.end() <= firedUpTo);
    }

    synchronized List<XrayReport.OpenWindow> open() {
        List<XrayReport.OpenWindow> open = new ArrayList<>();
        records.forEach((window, count) -> open.add(new XrayReport.OpenWindow(window.start(), window.end(),
                window.key(), count)));
        return open;
    }

    private long[] starts(long time) {
        long slide = spec.type() == WindowType.SLIDING && spec.slideMs() > 0 ? spec.slideMs() : spec.sizeMs();
        long last = Math.floorDiv(time, slide) * slide;
        int count = (int) Math.max(1, Math.min(1_000, spec.sizeMs() / slide));
        long[] starts = new long[count];
        for (int i = 0; i < count; i++) {
            starts[i] = last - i * slide;
        }
        return starts;
    }

    private static Long millis(Object value) {
        if (value instanceof Number number) {
            return number.longValue();
        }
        if (value instanceof Instant instant) {
            return instant.toEpochMilli();
        }
        if (value instanceof java.time.LocalDateTime local) {
            return local.toInstant(java.time.ZoneOffset.UTC).toEpochMilli();
        }
        return null;
    }
}
