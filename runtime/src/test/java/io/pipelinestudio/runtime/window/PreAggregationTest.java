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
import static io.pipelinestudio.runtime.testing.NodeFixtures.reduce;
import static io.pipelinestudio.runtime.testing.NodeFixtures.string;
import static io.pipelinestudio.runtime.testing.NodeFixtures.sum;
import static io.pipelinestudio.runtime.testing.NodeFixtures.window;
import static org.assertj.core.api.Assertions.assertThat;

import io.pipelinestudio.model.Pipeline;
import io.pipelinestudio.model.node.Aggregation;
import io.pipelinestudio.model.node.EventTimeNode;
import io.pipelinestudio.model.node.ReduceEmission;
import io.pipelinestudio.model.node.WindowSpec;
import io.pipelinestudio.model.validate.ExecutionMode;
import io.pipelinestudio.model.validate.PipelineValidator;
import io.pipelinestudio.runtime.compile.CompileOptions;
import io.pipelinestudio.runtime.compile.JavaSourceGenerator;
import io.pipelinestudio.runtime.compile.PipelineCompiler;
import io.pipelinestudio.runtime.run.PipelineRunner;
import io.pipelinestudio.runtime.run.RunOptions;
import io.pipelinestudio.runtime.run.RunResult;
import io.pipelinestudio.runtime.testing.PipelineBuilder;
import io.pipelinestudio.runtime.testing.Prepared;
import io.pipelinestudio.runtime.testing.Runs;
import io.pipelinestudio.runtime.testing.SharedRunner;
import io.pipelinestudio.runtime.testing.TestFiles;
import io.pipelinestudio.runtime.window.WindowSemanticsTest.Event;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.flink.streaming.api.graph.StreamGraph;
import org.apache.flink.streaming.api.graph.StreamNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Window aggregates and reduces split into partial results before the shuffle and merged after it give what
 * the unsplit ones give, checked against windows computed independently with plain loops: out-of-order input, late
 * records fired one by one or rejected, sliding windows made of slices, both modes, and more partials than
 * one task holds at once.
 */
@ExtendWith(SharedRunner.class)
class PreAggregationTest {
    /** Whole-number aggregates only, so every one of them can be split. */
    private static final Aggregation[] SPLITTABLE = {count(), sum("amount"), avg("amount"), min("amount"), max("amount")};
    private final PipelineRunner runner;
    @TempDir
    Path dir;

    PreAggregationTest(PipelineRunner runner) {
        this.runner = runner;
    }

    /** count, sum, avg, min and max of {@code amount}, printed as the window node prints them. */
    static final class Acc implements WindowSemanticsTest.Group {
        long count;
        long sum;
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;

        @Override
        public void add(Event e) {
            count++;
            sum += e.amount();
            min = Math.min(min, e.amount());
            max = Math.max(max, e.amount());
        }

        @Override
        public String format() {
            return count + "," + sum + "," + ((double) sum / count) + "," + min + "," + max;
        }
    }

    static List<String> expectedWindows(List<Event> events, long size, long slide) {
        return WindowSemanticsTest.expectedFixedWindows(events, size, slide, Acc::new);
    }

    private Pipeline pipeline(List<Event> events, EventTimeNode time, WindowSpec spec, long latenessMs, Path output) {
        Path input = TestFiles.write(dir.resolve("events.csv"), events.stream().map(Event::line).toList());
        return PipelineBuilder.chain("split",
                csvSource("events", input, string("key"), int64("ts"), int64("amount"), float64("value")),
                time, keyBy("by-key", "key"), window("window", spec, latenessMs, SPLITTABLE), csvSink("out", output));
    }

    @Test
    void wholeNumberAggregatesAreSplitAndDecimalSumsAreNotWithTheReasonInTheCode() {
        Pipeline split = pipeline(List.of(), eventTime("time", "ts", 100), WindowSpec.sliding(2_500, 1_000), 0,
                dir.resolve("out.csv"));
        Pipeline decimal = split.withNodes(split.nodes().stream().map(n -> n.id().equals("window")
                ? window("window", WindowSpec.tumbling(1_000), 0, count(), sum("value")) : n).toList());

        assertThat(uids(split)).contains("window/pre-aggregate", "window");
        assertThat(JavaSourceGenerator.forNode(PipelineValidator.validate(split), "window"))
                .contains("new PreAggregateOperator(new KeyFields(new int[] {0}), windowAggregates, 500L)")
                .contains("500 ms slice of event time");
        assertThat(uids(decimal)).contains("window").doesNotContain("window/pre-aggregate");
        assertThat(code(decimal, "window"))
                .contains("not split into partial results before the shuffle: the sum of 'value' adds decimals");
    }

    /** The node's Java as the Code tab shows it, with its comments joined into one line each. */
    private static String code(Pipeline pipeline, String nodeId) {
        return JavaSourceGenerator.forNode(PipelineValidator.validate(pipeline), nodeId).replace("\n// ", " ");
    }

    private static Set<String> uids(Pipeline pipeline) {
        StreamGraph graph = PipelineCompiler.compile(Prepared.of(pipeline, ExecutionMode.STREAMING, Map.of()),
                CompileOptions.of(2)).streamGraph();
        Set<String> uids = new HashSet<>();
        for (StreamNode node : graph.getStreamNodes()) {
            uids.add(node.getTransformationUID());
        }
        return uids;
    }

    @ParameterizedTest(name = "{0} ms sliding by {1} in {2}")
    @CsvSource({
        "1000, 1000, BATCH",
        "1000, 1000, STREAMING",
        "3000, 1000, BATCH",
        "3000, 1000, STREAMING",
        "2500, 1000, STREAMING"})
    void splitWindowsOfOutOfOrderInputMatchAnIndependentComputationAtParallelismTwo(long size, long slide,
            ExecutionMode mode) {
        // within the 2 s bound, so no record is late however the instances interleave: the result is exact
        List<Event> events = WindowSemanticsTest.randomEvents(6_000, 7, 1_500);
        Path output = dir.resolve("out.csv");
        WindowSpec spec = size == slide ? WindowSpec.tumbling(size) : WindowSpec.sliding(size, slide);

        RunResult result = Runs.finished(runner, pipeline(events, eventTime("time", "ts", 2_000), spec, 0, output),
                RunOptions.of(mode).withParallelism(2));

        assertThat(TestFiles.sortedLines(output)).isEqualTo(expectedWindows(events, size, slide));
        assertThat(result.rejectedByNode()).isEmpty();
    }

    @Test
    void lateRecordsFireTheirWindowOneByOneOrAreRejectedExactlyAsWithoutTheSplit() {
        long size = 1_000;
        long bound = 200;
        long lateness = 500;
        List<Event> events = WindowSemanticsTest.eventsWithStragglers(3_000, 11);
        WindowSemanticsTest.Simulated expected = WindowSemanticsTest.simulateStreaming(events, size, bound, lateness,
                Acc::new);
        assertThat(expected.dropped()).as("records beyond the allowed lateness").hasSizeGreaterThan(10);
        assertThat(expected.lateFirings()).as("late records within the allowed lateness").isGreaterThan(10);
        Path output = dir.resolve("out.csv");
        Path rejected = dir.resolve("rejected.tsv");

        RunResult result = Runs.finished(runner,
                pipeline(events, eventTimePerRecord("time", "ts", bound), WindowSpec.tumbling(size), lateness, output),
                RunOptions.of(ExecutionMode.STREAMING).withParallelism(1).withRejectedPath(rejected));

        assertThat(TestFiles.sortedLines(output)).isEqualTo(expected.lines());
        List<String> rejectedLines = TestFiles.lines(rejected);
        assertThat(rejectedLines.subList(1, rejectedLines.size())).containsExactlyInAnyOrderElementsOf(
                expected.dropped().stream()
                        .map(e -> "window\tlater than the allowed lateness of 500 ms\t" + e.line()).toList());
        assertThat(result.rejectedByNode()).isEqualTo(Map.of("window", (long) expected.dropped().size()));
    }

    @Test
    void aReduceOfFinalResultsIsSplitAndGivesEachKeysTotalsInBothModes() {
        List<Event> events = WindowSemanticsTest.randomEvents(8_000, 13, 1_500);
        Map<String, Acc> totals = new java.util.TreeMap<>();
        events.forEach(e -> totals.computeIfAbsent(e.key(), k -> new Acc()).add(e));
        List<String> expected = TestFiles.sorted(totals.entrySet().stream()
                .map(total -> total.getKey() + "," + total.getValue().format()).toList());
        Path input = TestFiles.write(dir.resolve("events.csv"), events.stream().map(Event::line).toList());
        for (ExecutionMode mode : ExecutionMode.values()) {
            Path output = dir.resolve(mode + ".csv");
            Pipeline pipeline = PipelineBuilder.chain("totals",
                    csvSource("events", input, string("key"), int64("ts"), int64("amount"), float64("value")),
                    keyBy("by-key", "key"), reduce("totals", ReduceEmission.FINAL, SPLITTABLE), csvSink("out", output));

            Runs.finished(runner, pipeline, RunOptions.of(mode).withParallelism(2));

            assertThat(uids(pipeline)).contains("totals/pre-aggregate");
            assertThat(TestFiles.sortedLines(output)).as("%s", mode).isEqualTo(expected);
        }
    }

    @Test
    void aReduceThatEmitsEveryUpdateIsNotSplitAndSaysWhy() {
        Pipeline pipeline = PipelineBuilder.chain("updates",
                csvSource("events", dir.resolve("none.csv"), string("key"), int64("ts"), int64("amount"), float64("value")),
                keyBy("by-key", "key"), reduce("totals", ReduceEmission.EVERY_RECORD, SPLITTABLE),
                csvSink("out", dir.resolve("out.csv")));

        assertThat(uids(pipeline)).doesNotContain("totals/pre-aggregate");
        assertThat(code(pipeline, "totals"))
                .contains("not split into partial results before the shuffle: it emits an updated result after every record");
    }

    @Test
    void moreKeysAndWindowsThanATaskHoldsAtOnceAreSentInPartsAndStillAddUp() {
        // 1,000 keys over 2,000 windows: far more (key, window) pairs than the 16,384 partials held at once
        Random random = new Random(5);
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 60_000; i++) {
            events.add(new Event("k" + random.nextInt(1_000), WindowSemanticsTest.START + i * 33L,
                    random.nextInt(1_000), 0.5));
        }
        for (ExecutionMode mode : ExecutionMode.values()) {
            Path output = dir.resolve(mode + ".csv");
            Runs.finished(runner, pipeline(events, eventTime("time", "ts", 1_000), WindowSpec.tumbling(1_000), 0, output),
                    RunOptions.of(mode).withParallelism(2));
            assertThat(TestFiles.sortedLines(output)).as("%s", mode).isEqualTo(expectedWindows(events, 1_000, 1_000));
        }
    }
}
