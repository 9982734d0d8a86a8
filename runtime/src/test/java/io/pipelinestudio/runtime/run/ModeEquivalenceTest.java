package io.pipelinestudio.runtime.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.pipelinestudio.model.Pipeline;
import io.pipelinestudio.model.json.PipelineJson;
import io.pipelinestudio.model.validate.ExecutionMode;
import io.pipelinestudio.runtime.testing.EveryKindPipeline;
import io.pipelinestudio.runtime.testing.Runs;
import io.pipelinestudio.runtime.testing.SharedRunner;
import io.pipelinestudio.runtime.testing.TestFiles;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** One graph, two runtime modes: on bounded input BATCH and STREAMING give the same lines. */
@ExtendWith(SharedRunner.class)
class ModeEquivalenceTest {
    private final PipelineRunner runner;
    @TempDir
    Path dir;

    ModeEquivalenceTest(PipelineRunner runner) {
        this.runner = runner;
    }

    private static Pipeline windowCountExample() throws Exception {
        return PipelineJson.read(TestFiles.repositoryRoot().resolve("assets/examples/window-count.json"));
    }

    private List<String> runWindowCount(Path input, ExecutionMode mode, long expectedRejected) throws Exception {
        Path output = dir.resolve("counts-" + mode + ".csv");
        RunResult result = Runs.finished(runner, windowCountExample(), RunOptions.of(mode)
                .withParameters(Map.of("input", input.toString(), "output", output.toString())));
        assertThat(result.rejectedTotal()).isEqualTo(expectedRejected);
        return TestFiles.sortedLines(output);
    }

    /**
     * Counts per key and 10 s tumbling window, computed with a loop: {@code start,end,key,count}; lines
     * without a key and a whole-number time are left out, as the source rejects them.
     */
    private static List<String> expectedCounts(Path input) {
        Map<String, Long> counts = new TreeMap<>();
        for (String line : TestFiles.lines(input)) {
            String[] parts = line.split(",");
            if (parts.length < 2 || !parts[1].matches("-?[0-9]+")) {
                continue;
            }
            long ts = Long.parseLong(parts[1]);
            long start = ts - Math.floorMod(ts, 10_000L);
            counts.merge(start + "," + (start + 10_000) + "," + parts[0], 1L, Long::sum);
        }
        List<String> lines = new ArrayList<>();
        counts.forEach((window, n) -> lines.add(window + "," + n));
        return TestFiles.sorted(lines);
    }

    @Test
    void windowCountExampleGivesTheSameLinesInBothModesOnTheSampleData() throws Exception {
        Path sample = TestFiles.repositoryRoot().resolve("assets/data/window-count-sample.csv");

        // the sample has four malformed lines: a bad time, a missing time, a digit typo and an empty line of commas
        List<String> batch = runWindowCount(sample, ExecutionMode.BATCH, 4);
        List<String> streaming = runWindowCount(sample, ExecutionMode.STREAMING, 4);

        assertThat(batch).isNotEmpty().isEqualTo(expectedCounts(sample));
        assertThat(streaming).isEqualTo(batch);
    }

    @Test
    void windowCountExampleGivesTheSameLinesInBothModesOnFiftyThousandOutOfOrderLines() throws Exception {
        Random random = new Random(2024);
        List<String> lines = new ArrayList<>();
        long time = 1_700_000_000_000L;
        for (int i = 0; i < 50_000; i++) {
            time += random.nextInt(20);
            // up to 4.9 s early: out of order, but within the example's 5 s bound
            long ts = time - random.nextInt(4_900);
            lines.add("sensor-" + (char) ('a' + random.nextInt(8)) + "," + ts + ",extra-column-" + i);
        }
        Path input = TestFiles.write(dir.resolve("large.csv"), lines);

        List<String> batch = runWindowCount(input, ExecutionMode.BATCH, 0);
        List<String> streaming = runWindowCount(input, ExecutionMode.STREAMING, 0);

        assertThat(batch).isEqualTo(expectedCounts(input));
        assertThat(streaming).isEqualTo(batch);
    }

    @Test
    void aPipelineWithEveryNodeKindGivesTheSameLinesAndRejectionsInBothModes() {
        EveryKindPipeline batch = new EveryKindPipeline(dir, "batch");
        EveryKindPipeline streaming = new EveryKindPipeline(dir, "streaming");
        PrintStream stdout = System.out;
        ByteArrayOutputStream batchPrinted = new ByteArrayOutputStream();
        ByteArrayOutputStream streamingPrinted = new ByteArrayOutputStream();
        RunResult batchResult;
        RunResult streamingResult;
        try {
            System.setOut(new PrintStream(batchPrinted, true, StandardCharsets.UTF_8));
            batchResult = Runs.finished(runner, batch.pipeline,
                    RunOptions.of(ExecutionMode.BATCH).withRejectedPath(dir.resolve("batch-rejected.tsv")));
            System.setOut(new PrintStream(streamingPrinted, true, StandardCharsets.UTF_8));
            streamingResult = Runs.finished(runner, streaming.pipeline,
                    RunOptions.of(ExecutionMode.STREAMING).withRejectedPath(dir.resolve("streaming-rejected.tsv")));
        } finally {
            System.setOut(stdout);
        }

        assertThat(TestFiles.sortedLines(batch.windows)).isNotEmpty()
                .isEqualTo(TestFiles.sortedLines(streaming.windows));
        assertThat(TestFiles.sortedLines(batch.totals)).isNotEmpty()
                .isEqualTo(TestFiles.sortedLines(streaming.totals));
        assertThat(TestFiles.sortedLines(batch.generated)).hasSize(200)
                .isEqualTo(TestFiles.sortedLines(streaming.generated));
        assertThat(TestFiles.sorted(batchPrinted.toString(StandardCharsets.UTF_8).lines().toList()))
                .isEqualTo(TestFiles.sortedLines(batch.totals))
                .isEqualTo(TestFiles.sorted(streamingPrinted.toString(StandardCharsets.UTF_8).lines().toList()));
        assertThat(TestFiles.sortedLines(batch.fromKafka)).hasSize(597)
                .isEqualTo(TestFiles.sortedLines(streaming.fromKafka));
        assertThat(batchResult.rejectedByNode()).isEqualTo(Map.of("parse", 8L, "feed", 3L))
                .isEqualTo(streamingResult.rejectedByNode());
        assertThat(TestFiles.sortedLines(batchResult.rejectedFile()))
                .isEqualTo(TestFiles.sortedLines(streamingResult.rejectedFile()));
    }
}
