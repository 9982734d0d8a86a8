package io.pipelinestudio.runtime.window;

import static io.pipelinestudio.runtime.testing.NodeFixtures.avg;
import static io.pipelinestudio.runtime.testing.NodeFixtures.count;
import static io.pipelinestudio.runtime.testing.NodeFixtures.csvSink;
import static io.pipelinestudio.runtime.testing.NodeFixtures.csvSource;
import static io.pipelinestudio.runtime.testing.NodeFixtures.eventTime;
import static io.pipelinestudio.runtime.testing.NodeFixtures.eventTimePerRecord;
import static io.pipelinestudio.runtime.testing.NodeFixtures.float64;
import static io.pipelinestudio.runtime.testing.NodeFixtures.int64;
import static io.pipelinestudio.runtime.testing.NodeFixtures.keyBy;
import static io.pipelinestudio.runtime.testing.NodeFixtures.max;
import static io.pipelinestudio.runtime.testing.NodeFixtures.min;
import static io.pipelinestudio.runtime.testing.NodeFixtures.string;
import static io.pipelinestudio.runtime.testing.NodeFixtures.sum;
import static io.pipelinestudio.runtime.testing.NodeFixtures.window;
import static org.assertj.core.api.Assertions.assertThat;

import io.pipelinestudio.model.Pipeline;
import io.pipelinestudio.model.node.Aggregation;
import io.pipelinestudio.model.node.EventTimeNode;
import io.pipelinestudio.model.node.Node;
import io.pipelinestudio.model.node.WindowAggregateNode;
import io.pipelinestudio.model.node.WindowSpec;
import io.pipelinestudio.model.node.WindowType;
import io.pipelinestudio.model.validate.ExecutionMode;
import io.pipelinestudio.runtime.run.PipelineRunner;
import io.pipelinestudio.runtime.run.RunOptions;
import io.pipelinestudio.runtime.run.RunResult;
import io.pipelinestudio.runtime.testing.PipelineBuilder;
import io.pipelinestudio.runtime.testing.Runs;
import io.pipelinestudio.runtime.testing.SharedRunner;
import io.pipelinestudio.runtime.testing.TestFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Event-time windows checked against windows computed independently in this test with plain loops: which
 * windows each record falls in, how sessions merge, and which records are late, simulated record by
 * record from the watermark rule {@code max_ts - maxOutOfOrderness - 1}.
 */
@ExtendWith(SharedRunner.class)
class WindowSemanticsTest {
    static final long START = 1_700_000_000_000L;
    /** The aggregates {@link Acc} computes, in its output order. */
    private static final Aggregation[] AGGREGATES = {count(), sum("value"), avg("value"), min("amount"), max("amount")};
    private final PipelineRunner runner;
    @TempDir
    Path dir;

    WindowSemanticsTest(PipelineRunner runner) {
        this.runner = runner;
    }

    /** One input record; values are halves, so sums are exact in whatever order they are added. */
    record Event(String key, long ts, long amount, double value) {
        String line() {
            return key + "," + ts + "," + amount + "," + value;
        }
    }

    /** The aggregates of a group of events, printed as the window node prints them. */
    interface Group {
        void add(Event e);

        String format();
    }

    /** count, sum and average of {@code value}, min and max of {@code amount}: {@link #AGGREGATES}. */
    static final class Acc implements Group {
        long count;
        double sumValue;
        long minAmount = Long.MAX_VALUE;
        long maxAmount = Long.MIN_VALUE;

        @Override
        public void add(Event e) {
            count++;
            sumValue += e.value();
            minAmount = Math.min(minAmount, e.amount());
            maxAmount = Math.max(maxAmount, e.amount());
        }

        /** count, sum_value, avg_value, min_amount, max_amount */
        @Override
        public String format() {
            return count + "," + sumValue + "," + (sumValue / count) + "," + minAmount + "," + maxAmount;
        }
    }

    /** Keys k0..k3, time advancing with pauses now and then, each record up to {@code disorderMs} early. */
    static List<Event> randomEvents(int n, long seed, long disorderMs) {
        Random random = new Random(seed);
        List<Event> events = new ArrayList<>();
        long base = START;
        for (int i = 0; i < n; i++) {
            base += random.nextInt(60);
            if (random.nextInt(50) == 0) {
                base += 1_000 + random.nextInt(2_000);
            }
            long ts = base - (disorderMs == 0 ? 0 : random.nextInt((int) disorderMs));
            events.add(new Event("k" + random.nextInt(4), ts, random.nextInt(1_001) - 500,
                    (random.nextInt(2_001) - 1_000) * 0.5));
        }
        return events;
    }

    /** The [start, end) windows of a record for tumbling (slide = size) and sliding windows, as plain arithmetic. */
    static List<long[]> windowsOf(long ts, long size, long slide) {
        List<long[]> windows = new ArrayList<>();
        long lastStart = ts - Math.floorMod(ts, slide);
        for (long start = lastStart; start > ts - size; start -= slide) {
            windows.add(new long[] {start, start + size});
        }
        return windows;
    }

    static List<String> expectedFixedWindows(List<Event> events, long size, long slide) {
        return expectedFixedWindows(events, size, slide, Acc::new);
    }

    static List<String> expectedFixedWindows(List<Event> events, long size, long slide, Supplier<Group> group) {
        Map<String, Group> groups = new LinkedHashMap<>();
        for (Event e : events) {
            for (long[] w : windowsOf(e.ts(), size, slide)) {
                groups.computeIfAbsent(w[0] + "," + w[1] + "," + e.key(), k -> group.get()).add(e);
            }
        }
        List<String> lines = new ArrayList<>();
        groups.forEach((window, acc) -> lines.add(window + "," + acc.format()));
        return TestFiles.sorted(lines);
    }

    /** Sessions per key: a record joins the session when it starts no later than the session's end. */
    static List<String> expectedSessions(List<Event> events, long gap) {
        Map<String, List<Event>> byKey = new TreeMap<>();
        events.forEach(e -> byKey.computeIfAbsent(e.key(), k -> new ArrayList<>()).add(e));
        List<String> lines = new ArrayList<>();
        byKey.forEach((key, keyEvents) -> {
            keyEvents.sort(Comparator.comparingLong(Event::ts));
            long start = 0;
            long end = Long.MIN_VALUE;
            Acc acc = null;
            for (Event e : keyEvents) {
                if (acc == null || e.ts() > end) {
                    if (acc != null) {
                        lines.add(start + "," + end + "," + key + "," + acc.format());
                    }
                    acc = new Acc();
                    start = e.ts();
                }
                acc.add(e);
                end = Math.max(end, e.ts() + gap);
            }
            lines.add(start + "," + end + "," + key + "," + acc.format());
        });
        return TestFiles.sorted(lines);
    }

    private Path write(List<Event> events) {
        return TestFiles.write(dir.resolve("events.csv"), events.stream().map(Event::line).toList());
    }

    private Pipeline windowPipeline(Path input, EventTimeNode time, WindowSpec spec, long allowedLatenessMs,
            Path output) {
        return PipelineBuilder.chain("windows",
                csvSource("events", input, string("key"), int64("ts"), int64("amount"), float64("value")),
                time, keyBy("by-key", "key"), window("window", spec, allowedLatenessMs, AGGREGATES),
                csvSink("out", output));
    }

    @ParameterizedTest(name = "{0} {1} {2} in {3}")
    @CsvSource({
        "TUMBLING, 1000, 0, BATCH",
        "TUMBLING, 1000, 0, STREAMING",
        "SLIDING, 3000, 1000, BATCH",
        "SLIDING, 3000, 1000, STREAMING",
        "SESSION, 0, 0, BATCH",
        "SESSION, 0, 0, STREAMING"})
    void windowsOfRandomOutOfOrderInputMatchAnIndependentComputation(WindowType type, long size, long slide,
            ExecutionMode mode) {
        List<Event> events = randomEvents(4_000, 42, 1_500);
        Path output = dir.resolve("out.csv");
        WindowSpec spec = switch (type) {
            case TUMBLING -> WindowSpec.tumbling(size);
            case SLIDING -> WindowSpec.sliding(size, slide);
            case SESSION -> WindowSpec.session(500);
        };
        List<String> expected = type == WindowType.SESSION
                ? expectedSessions(events, 500)
                : expectedFixedWindows(events, size, type == WindowType.SLIDING ? slide : size);
        // the records are at most 1.5 s out of order, within the 2 s bound: none is late in any mode
        RunResult result = Runs.finished(runner,
                windowPipeline(write(events), eventTime("time", "ts", 2_000), spec, 0, output), RunOptions.of(mode));

        assertThat(TestFiles.sortedLines(output)).isEqualTo(expected);
        assertThat(result.rejectedByNode()).isEmpty();
        if (type == WindowType.SLIDING) {
            assertThat(expected.size()).as("records in several windows").isGreaterThan(2 * events.size() / 100);
        }
        if (type == WindowType.SESSION) {
            assertThat(expected).as("several sessions per key").hasSizeGreaterThan(20);
        }
    }

    @Test
    void sessionsMergeRecordsNoFurtherApartThanTheGapIncludingTouchingOnes() {
        Path input = TestFiles.write(dir.resolve("events.csv"),
                "a,1000,1,1.0", "a,1500,2,2.0", "a,1200,3,0.5", "a,2000,4,1.5", "a,2501,5,1.0",
                "b,1000,7,3.0", "b,5000,8,1.0");
        Path output = dir.resolve("out.csv");

        Runs.finished(runner, windowPipeline(input, eventTime("time", "ts", 1_000), WindowSpec.session(500), 0, output),
                ExecutionMode.STREAMING);

        // a: 1000..2000 chains through gaps of at most 500 (2000 touches 1500's end); 2501 is 1 ms too far
        assertThat(TestFiles.sortedLines(output)).containsExactly(
                "1000,1500,b,1,3.0,3.0,7,7",
                "1000,2500,a,4,5.0,1.25,1,4",
                "2501,3001,a,1,1.0,1.0,5,5",
                "5000,5500,b,1,1.0,1.0,8,8");
    }

    /** What STREAMING gives with per-record watermarks at parallelism 1, simulated record by record. */
    record Simulated(List<String> lines, List<Event> dropped, int lateFirings) {}

    static Simulated simulateStreaming(List<Event> events, long size, long boundMs, long allowedLatenessMs) {
        return simulateStreaming(events, size, boundMs, allowedLatenessMs, Acc::new);
    }

    static Simulated simulateStreaming(List<Event> events, long size, long boundMs, long allowedLatenessMs,
            Supplier<Group> group) {
        Map<String, Group> windows = new LinkedHashMap<>();
        Set<String> fired = new HashSet<>();
        List<String> lines = new ArrayList<>();
        List<Event> dropped = new ArrayList<>();
        int lateFirings = 0;
        long watermark = Long.MIN_VALUE;
        long maxTs = Long.MIN_VALUE;
        for (Event e : events) {
            long start = e.ts() - Math.floorMod(e.ts(), size);
            long lastMs = start + size - 1;
            String window = start + "," + (start + size) + "," + e.key();
            if (lastMs + allowedLatenessMs <= watermark) {
                dropped.add(e);
            } else {
                Group acc = windows.computeIfAbsent(window, k -> group.get());
                acc.add(e);
                if (lastMs <= watermark) {
                    // the window has fired already (or would have): fire again with the update
                    lines.add(window + "," + acc.format());
                    fired.add(window);
                    lateFirings++;
                }
            }
            // the watermark follows the record that advanced event time
            if (e.ts() > maxTs) {
                maxTs = e.ts();
                watermark = maxTs - boundMs - 1;
                for (Map.Entry<String, Group> entry : windows.entrySet()) {
                    long end = Long.parseLong(entry.getKey().split(",")[1]);
                    if (end - 1 <= watermark && fired.add(entry.getKey())) {
                        lines.add(entry.getKey() + "," + entry.getValue().format());
                    }
                }
            }
        }
        // the end of input is the end of event time: every window not fired yet fires
        windows.forEach((window, acc) -> {
            if (!fired.contains(window)) {
                lines.add(window + "," + acc.format());
            }
        });
        return new Simulated(TestFiles.sorted(lines), dropped, lateFirings);
    }

    /** Mostly ordered records, a tenth of them delayed by up to 1.5 s: some within the bound, some late. */
    static List<Event> eventsWithStragglers(int n, long seed) {
        Random random = new Random(seed);
        List<Event> events = new ArrayList<>();
        long base = START;
        for (int i = 0; i < n; i++) {
            base += random.nextInt(80);
            long delay = random.nextInt(10) == 0 ? random.nextInt(1_500) : 0;
            events.add(new Event("k" + random.nextInt(3), base - delay, random.nextInt(100),
                    random.nextInt(100) * 0.5));
        }
        return events;
    }

    @Test
    void streamingDropsRecordsBeyondTheAllowedLatenessIntoTheRejectedFileAndUpdatesWindowsForLateOnesWithinIt() {
        long size = 1_000;
        long bound = 200;
        long lateness = 500;
        List<Event> events = eventsWithStragglers(2_000, 3);
        Simulated expected = simulateStreaming(events, size, bound, lateness);
        assertThat(expected.dropped()).as("records beyond the allowed lateness").hasSizeGreaterThan(10);
        assertThat(expected.lateFirings()).as("late records within the allowed lateness").isGreaterThan(10);
        Path input = write(events);
        Path output = dir.resolve("out.csv");
        Path rejected = dir.resolve("rejected.tsv");

        RunResult result = Runs.finished(runner,
                windowPipeline(input, eventTimePerRecord("time", "ts", bound), WindowSpec.tumbling(size), lateness,
                        output),
                RunOptions.of(ExecutionMode.STREAMING).withParallelism(1).withRejectedPath(rejected));

        assertThat(TestFiles.sortedLines(output)).isEqualTo(expected.lines());
        assertThat(result.rejectedByNode()).isEqualTo(Map.of("window", (long) expected.dropped().size()));
        assertThat(result.rejectedFile()).isEqualTo(rejected.toAbsolutePath());
        List<String> rejectedLines = TestFiles.lines(rejected);
        assertThat(rejectedLines.get(0)).isEqualTo("node\treason\tinput");
        assertThat(rejectedLines.subList(1, rejectedLines.size())).containsExactlyInAnyOrderElementsOf(
                expected.dropped().stream()
                        .map(e -> "window\tlater than the allowed lateness of 500 ms\t" + e.line()).toList());
    }

    @Test
    void lateRecordsGoToTheLatePortInsteadOfBeingRejectedWhenItIsConnected() {
        List<Event> events = eventsWithStragglers(2_000, 3);
        Simulated expected = simulateStreaming(events, 1_000, 200, 500);
        Path output = dir.resolve("out.csv");
        Path late = dir.resolve("late.csv");
        Pipeline pipeline = PipelineBuilder.pipeline("late-port")
                .chain(csvSource("events", write(events), string("key"), int64("ts"), int64("amount"), float64("value")),
                        eventTimePerRecord("time", "ts", 200), keyBy("by-key", "key"),
                        window("window", WindowSpec.tumbling(1_000), 500, AGGREGATES), csvSink("out", output))
                .chain(csvSink("late", late))
                .edge("window", WindowAggregateNode.LATE, "late", Node.IN)
                .build();

        RunResult result = Runs.finished(runner, pipeline, RunOptions.of(ExecutionMode.STREAMING).withParallelism(1)
                .withRejectedPath(dir.resolve("rejected.tsv")));

        assertThat(TestFiles.sortedLines(output)).isEqualTo(expected.lines());
        assertThat(TestFiles.sortedLines(late))
                .isEqualTo(TestFiles.sorted(expected.dropped().stream().map(Event::line).toList()));
        assertThat(result.rejectedByNode()).isEmpty();
        assertThat(result.rejectedFile()).isNull();
    }

    @Test
    void batchCountsEveryRecordOfTheSameInputBecauseNothingIsLateInBatch() {
        List<Event> events = eventsWithStragglers(2_000, 3);
        Path output = dir.resolve("out.csv");

        RunResult result = Runs.finished(runner,
                windowPipeline(write(events), eventTimePerRecord("time", "ts", 200), WindowSpec.tumbling(1_000), 500,
                        output),
                RunOptions.of(ExecutionMode.BATCH).withParallelism(1).withRejectedPath(dir.resolve("rejected.tsv")));

        assertThat(TestFiles.sortedLines(output)).isEqualTo(expectedFixedWindows(events, 1_000, 1_000));
        assertThat(result.rejectedByNode()).isEmpty();
        assertThat(result.rejectedFile()).isNull();
    }
}
