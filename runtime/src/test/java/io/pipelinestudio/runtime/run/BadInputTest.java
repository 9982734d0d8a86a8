package io.pipelinestudio.runtime.run;

import static io.pipelinestudio.runtime.testing.NodeFixtures.bool;
import static io.pipelinestudio.runtime.testing.NodeFixtures.computed;
import static io.pipelinestudio.runtime.testing.NodeFixtures.count;
import static io.pipelinestudio.runtime.testing.NodeFixtures.csvSink;
import static io.pipelinestudio.runtime.testing.NodeFixtures.csvSource;
import static io.pipelinestudio.runtime.testing.NodeFixtures.eventTime;
import static io.pipelinestudio.runtime.testing.NodeFixtures.float64;
import static io.pipelinestudio.runtime.testing.NodeFixtures.int64;
import static io.pipelinestudio.runtime.testing.NodeFixtures.keyBy;
import static io.pipelinestudio.runtime.testing.NodeFixtures.map;
import static io.pipelinestudio.runtime.testing.NodeFixtures.string;
import static io.pipelinestudio.runtime.testing.NodeFixtures.timestamp;
import static io.pipelinestudio.runtime.testing.NodeFixtures.window;
import static org.assertj.core.api.Assertions.assertThat;

import io.pipelinestudio.model.Pipeline;
import io.pipelinestudio.model.node.WindowSpec;
import io.pipelinestudio.model.validate.ExecutionMode;
import io.pipelinestudio.runtime.testing.PipelineBuilder;
import io.pipelinestudio.runtime.testing.Runs;
import io.pipelinestudio.runtime.testing.SharedRunner;
import io.pipelinestudio.runtime.testing.TestFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Inputs that are empty, missing or partly malformed: each gives a clear message and loses no good record. */
@ExtendWith(SharedRunner.class)
class BadInputTest {
    private final PipelineRunner runner;
    @TempDir
    Path dir;

    BadInputTest(PipelineRunner runner) {
        this.runner = runner;
    }

    /** key,timestamp_ms → 10 s tumbling count per key, like the window-count example. */
    private Pipeline windowCount(Path input, Path output) {
        return PipelineBuilder.chain("window-count",
                csvSource("events", input, string("key"), int64("timestamp_ms")),
                eventTime("time", "timestamp_ms", 5_000), keyBy("by-key", "key"),
                window("count", WindowSpec.tumbling(10_000), 0, count()), csvSink("counts", output));
    }

    private static List<String> goodLines(int n) {
        Random random = new Random(17);
        List<String> lines = new ArrayList<>();
        long time = 1_700_000_000_000L;
        for (int i = 0; i < n; i++) {
            time += random.nextInt(500);
            lines.add("s" + random.nextInt(3) + "," + time);
        }
        return lines;
    }

    private static List<String> expectedCounts(List<String> goodLines) {
        Map<String, Long> counts = new TreeMap<>();
        for (String line : goodLines) {
            String[] parts = line.split(",");
            long ts = Long.parseLong(parts[1]);
            long start = ts - Math.floorMod(ts, 10_000L);
            counts.merge(start + "," + (start + 10_000) + "," + parts[0], 1L, Long::sum);
        }
        List<String> lines = new ArrayList<>();
        counts.forEach((window, n) -> lines.add(window + "," + n));
        return TestFiles.sorted(lines);
    }

    /** Good lines with {@code bad} lines spread among them. */
    private static List<String> mixed(List<String> good, List<String> bad) {
        List<String> all = new ArrayList<>(good);
        for (int i = 0; i < bad.size(); i++) {
            all.add((i * 37) % all.size(), bad.get(i));
        }
        return all;
    }

    @ParameterizedTest
    @EnumSource(ExecutionMode.class)
    void anEmptyFileFinishesWithAnEmptyOutput(ExecutionMode mode) {
        Path input = TestFiles.write(dir.resolve("empty.csv"), List.of());
        Path output = dir.resolve("out.csv");

        RunResult result = Runs.finished(runner, windowCount(input, output), mode);

        assertThat(output).exists().isEmptyFile();
        assertThat(result.rejectedByNode()).isEmpty();
        assertThat(result.rejectedFile()).isNull();
    }

    @Test
    void aMissingInputFileFailsOnTheSourceNodeNamingThePath() throws Exception {
        Path missing = dir.resolve("no-such-file.csv");

        RunResult result = runner.run(windowCount(missing, dir.resolve("out.csv")), RunOptions.of(ExecutionMode.BATCH));

        assertThat(result.state()).isEqualTo(RunState.FAILED);
        assertThat(result.failure().nodeId()).isEqualTo("events");
        assertThat(result.failure().message()).contains(missing.toAbsolutePath().toString()).contains("does not exist");
        assertThat(dir.resolve("out.csv")).doesNotExist();
    }

    @ParameterizedTest
    @EnumSource(ExecutionMode.class)
    void malformedLinesAreRejectedWithNodeReasonAndInputWhileEveryGoodLineIsCounted(ExecutionMode mode) {
        List<String> good = goodLines(400);
        List<String> bad = List.of("s1,yesterday", "s2", "\"s1,1700000000000", "\"s1\"x,1700000000000", "s0,17e11",
                "s2,1700000000000.5");
        Path input = TestFiles.write(dir.resolve("in.csv"), mixed(good, bad));
        Path output = dir.resolve("out.csv");
        Path rejected = dir.resolve("rejected.tsv");

        RunResult result = Runs.finished(runner, windowCount(input, output),
                RunOptions.of(mode).withRejectedPath(rejected));

        assertThat(TestFiles.sortedLines(output)).isEqualTo(expectedCounts(good));
        assertThat(result.rejectedByNode()).isEqualTo(Map.of("events", 6L));
        assertThat(result.rejectedFile()).isEqualTo(rejected.toAbsolutePath());
        List<String> lines = TestFiles.lines(rejected);
        assertThat(lines.get(0)).isEqualTo("node\treason\tinput");
        assertThat(lines.subList(1, lines.size())).containsExactlyInAnyOrder(
                "events\tfield 'timestamp_ms' is 'yesterday'; expected a whole number\ts1,yesterday",
                "events\texpected 2 fields but found 1\ts2",
                "events\tfield 'key' opens a quote that is never closed\t\"s1,1700000000000",
                "events\tfield 'key' has text after its closing quote\t\"s1\"x,1700000000000",
                "events\tfield 'timestamp_ms' is '17e11'; expected a whole number\ts0,17e11",
                "events\tfield 'timestamp_ms' is '1700000000000.5'; expected a whole number\ts2,1700000000000.5");
    }

    @ParameterizedTest
    @EnumSource(ExecutionMode.class)
    void eventTimesAtTheEndsOfLongAreRejectedAsRecordsAndEveryGoodLineIsCounted(ExecutionMode mode) {
        List<String> good = goodLines(300);
        List<String> extreme = List.of("s1,-9223372036854775808", "s2,9223372036854775807", "s0,-9223372036854775807",
                "s1,4611686018427387905");
        Path input = TestFiles.write(dir.resolve("extreme.csv"), mixed(good, extreme));
        Path output = dir.resolve("out.csv");
        Path rejected = dir.resolve("rejected.tsv");

        RunResult result = Runs.finished(runner, windowCount(input, output),
                RunOptions.of(mode).withRejectedPath(rejected));

        assertThat(TestFiles.sortedLines(output)).isEqualTo(expectedCounts(good));
        assertThat(result.rejectedByNode()).isEqualTo(Map.of("time", 4L));
        assertThat(TestFiles.lines(rejected).subList(1, 5)).allSatisfy(line -> assertThat(line)
                .startsWith("time\tthe event time 'timestamp_ms' is ")
                .contains("beyond the 2^62 ms (146 million years) from 1970"));
        assertThat(output.resolveSibling(output.getFileName() + ".inprogress")).doesNotExist();
    }

    @ParameterizedTest
    @EnumSource(ExecutionMode.class)
    void aQuotedKeySpanningTwoLinesIsOneRecordAsRfc4180Says(ExecutionMode mode) throws Exception {
        List<String> good = goodLines(200);
        List<String> lines = new ArrayList<>(good);
        lines.add(50, "\"two");
        lines.add(51, "lines\",1700000000000");
        Path input = TestFiles.write(dir.resolve("multiline.csv"), lines);
        Path output = dir.resolve("out.csv");

        RunResult result = Runs.finished(runner, windowCount(input, output), mode);

        assertThat(result.rejectedByNode()).isEmpty();
        String written = java.nio.file.Files.readString(output);
        // the key keeps its line break, and the CSV sink quotes it again
        assertThat(written).contains("1700000000000,1700000010000,\"two\nlines\",1\n");
        assertThat(TestFiles.sorted(List.of(written.replace("1700000000000,1700000010000,\"two\nlines\",1\n", "")
                .split("\n")))).isEqualTo(expectedCounts(good));
    }

    @Test
    void valuesOfTheWrongTypeAreRejectedNamingTheFieldTheTextAndTheExpectedType() {
        Path input = TestFiles.write(dir.resolve("in.csv"),
                "ok,1,2.5,true,2024-01-01T00:00:00Z",
                "n,1.5,2.5,true,0",
                "d,1,2.5d,true,0",
                "d2,1,,true,0",
                "b,1,2.5,yes,0",
                "t,1,2.5,false,2024-13-01",
                "ok2,-3, 1e2 ,FALSE,-1000");
        Path output = dir.resolve("out.csv");
        Path rejected = dir.resolve("rejected.tsv");
        Pipeline pipeline = PipelineBuilder.chain("types",
                csvSource("typed", input, string("s"), int64("n"), float64("d"), bool("b"), timestamp("t")),
                csvSink("out", output));

        RunResult result = Runs.finished(runner, pipeline,
                RunOptions.of(ExecutionMode.STREAMING).withRejectedPath(rejected));

        assertThat(TestFiles.sortedLines(output)).containsExactly(
                "ok,1,2.5,true,2024-01-01T00:00:00Z", "ok2,-3,100.0,false,1969-12-31T23:59:59Z");
        assertThat(result.rejectedByNode()).isEqualTo(Map.of("typed", 5L));
        assertThat(TestFiles.lines(rejected).subList(1, 6)).containsExactlyInAnyOrder(
                "typed\tfield 'n' is '1.5'; expected a whole number\tn,1.5,2.5,true,0",
                "typed\tfield 'd' is '2.5d'; expected a number\td,1,2.5d,true,0",
                "typed\tfield 'd' is empty; expected a number\td2,1,,true,0",
                "typed\tfield 'b' is 'yes'; expected true or false\tb,1,2.5,yes,0",
                "typed\tfield 't' is '2024-13-01'; expected epoch milliseconds or an ISO-8601 instant"
                        + "\tt,1,2.5,false,2024-13-01");
    }

    @Test
    void aHugeLineAmongGoodLinesIsRejectedWholeAndEveryGoodLineIsCounted() {
        List<String> good = goodLines(300);
        String huge = "x".repeat(5 * 1024 * 1024);
        Path input = TestFiles.write(dir.resolve("in.csv"), mixed(good, List.of(huge)));
        Path output = dir.resolve("out.csv");
        Path rejected = dir.resolve("rejected.tsv");

        RunResult result = Runs.finished(runner, windowCount(input, output),
                RunOptions.of(ExecutionMode.STREAMING).withRejectedPath(rejected));

        assertThat(TestFiles.sortedLines(output)).isEqualTo(expectedCounts(good));
        assertThat(result.rejectedByNode()).isEqualTo(Map.of("events", 1L));
        assertThat(TestFiles.lines(rejected)).containsExactly("node\treason\tinput",
                "events\texpected 2 fields but found 1\t" + huge);
    }

    @Test
    void aFailingExpressionFailsTheRunOnItsNodeAndTheNextRunOnTheSameRunnerSucceeds() throws Exception {
        Path input = TestFiles.write(dir.resolve("in.csv"), "a,10,2", "b,20,0", "c,30,5");
        Path output = dir.resolve("out.csv");
        Pipeline dividing = PipelineBuilder.chain("divide",
                csvSource("in", input, string("key"), int64("amount"), int64("parts")),
                map("share", computed("share", "amount / parts")), csvSink("out", output));

        RunResult failed = runner.run(dividing, RunOptions.of(ExecutionMode.STREAMING));

        assertThat(failed.state()).isEqualTo(RunState.FAILED);
        assertThat(failed.failure().nodeId()).isEqualTo("share");
        // CEL's own wording, from its interpreter and from the compiled closures alike
        assertThat(failed.failure().message()).contains("division by zero").contains("amount / parts")
                .contains("b, 20, 0");
        assertThat(failed.failure().stackTrace()).isNotBlank();
        assertThat(output).doesNotExist();
        assertThat(dir.resolve("out.csv.inprogress")).as("no half-written file is left beside it").doesNotExist();
        assertThat(dir.resolve("out.csv.rejected.tsv.inprogress")).doesNotExist();

        Path safeInput = TestFiles.write(dir.resolve("safe.csv"), "a,10,2", "c,30,5");
        Pipeline safe = PipelineBuilder.chain("divide",
                csvSource("in", safeInput, string("key"), int64("amount"), int64("parts")),
                map("share", computed("share", "amount / parts")), csvSink("out", output));
        Runs.finished(runner, safe, ExecutionMode.STREAMING);

        assertThat(TestFiles.sortedLines(output)).containsExactly("a,10,2,5", "c,30,5,6");
    }
}
