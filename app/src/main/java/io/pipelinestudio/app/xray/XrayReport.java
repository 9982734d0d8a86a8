package io.pipelinestudio.app.xray;

import io.pipelinestudio.model.text.UserText;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * What the watermark X-ray says about a window node at one moment, as lines a person reads: each parallel
 * instance's watermark, the windows still open with their records so far and when each fires, the late
 * records, and why a window may be held back ("why hasn't my window fired?").
 */
final class XrayReport {
    /** Windows listed at most: the earliest, which fire first, are the ones a person waits for. */
    static final int WINDOWS_SHOWN = 8;
    /** An instance whose watermark has not moved for this long, while others have, holds every window back. */
    static final long QUIET_SECONDS = 30;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS").withZone(ZoneOffset.UTC);

    /** One window still open for one key, and how many records it holds. */
    record OpenWindow(long start, long end, String key, long records) {}

    /**
     * What one instance has done lately: its watermark, and for how many seconds it has not moved (0 if it
     * moved at the last look).
     */
    record Instance(long watermark, long quietSeconds) {
        boolean none() {
            return watermark == Long.MIN_VALUE;
        }
    }

    private XrayReport() {}

    static List<String> lines(List<Instance> instances, List<OpenWindow> open, long outOfOrdernessMs, long late,
            boolean idlenessSet) {
        List<String> lines = new ArrayList<>();
        if (instances.isEmpty()) {
            lines.add("No watermark reported yet: the job is starting, or this node runs without event time");
            return lines;
        }
        StringBuilder each = new StringBuilder("Watermark per instance:");
        int slowest = 0;
        for (int i = 0; i < instances.size(); i++) {
            each.append(i == 0 ? " " : " \u00b7 ").append('#').append(i).append(' ').append(time(instances.get(i)));
            if (instances.get(i).watermark() < instances.get(slowest).watermark()) {
                slowest = i;
            }
        }
        lines.add(each.toString());
        long watermark = instances.get(slowest).watermark();
        lines.add(instances.size() == 1 ? "The window's watermark: " + time(instances.get(0))
                : "The window's watermark is the smallest of them: " + time(instances.get(slowest))
                        + " (instance #" + slowest + ")");
        for (int i = 0; i < instances.size(); i++) {
            Instance instance = instances.get(i);
            String remedy = idlenessSet ? "" : "; set idleness on the event-time node";
            if (instance.none()) {
                lines.add("Instance #" + i + " has seen no data yet: it holds every window back" + remedy);
            } else if (instance.quietSeconds() >= QUIET_SECONDS && instances.size() > 1 && i == slowest) {
                lines.add("Instance #" + i + " has seen no data for " + instance.quietSeconds()
                        + " s: it holds every window back" + remedy);
            }
        }
        if (open.isEmpty()) {
            lines.add("No window is open: every window seen so far has fired");
        }
        List<OpenWindow> sorted = open.stream()
                .sorted(java.util.Comparator.comparingLong(OpenWindow::end).thenComparing(OpenWindow::key)).toList();
        for (OpenWindow window : sorted.subList(0, Math.min(WINDOWS_SHOWN, sorted.size()))) {
            String waiting = watermark == Long.MIN_VALUE ? ""
                    : "; waiting for events later than " + at(window.end() + outOfOrdernessMs)
                            + (instances.size() > 1 ? " on instance #" + slowest : "");
            lines.add("[" + at(window.start()) + " \u2013 " + at(window.end()) + ") " + UserText.quote(window.key())
                    + ": "
                    + window.records() + (window.records() == 1 ? " record" : " records")
                    + " so far \u00b7 fires when the watermark passes " + at(window.end())
                    + "; it is at " + (watermark == Long.MIN_VALUE ? "none yet" : at(watermark)) + waiting);
        }
        if (sorted.size() > WINDOWS_SHOWN) {
            lines.add("\u2026 and " + (sorted.size() - WINDOWS_SHOWN) + " more open windows");
        }
        lines.add("Late records so far: " + late + (late == 0 ? "" : " (on the window's late output)"));
        return lines;
    }

    private static String time(Instance instance) {
        return instance.none() ? "none yet" : at(instance.watermark());
    }

    private static String at(long epochMillis) {
        return TIME.format(Instant.ofEpochMilli(epochMillis));
    }
}
