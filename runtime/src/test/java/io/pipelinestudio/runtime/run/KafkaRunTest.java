package io.pipelinestudio.runtime.run;

import static io.pipelinestudio.runtime.testing.NodeFixtures.count;
import static io.pipelinestudio.runtime.testing.NodeFixtures.csvSink;
import static io.pipelinestudio.runtime.testing.NodeFixtures.csvSource;
import static io.pipelinestudio.runtime.testing.NodeFixtures.eventTime;
import static io.pipelinestudio.runtime.testing.NodeFixtures.int64;
import static io.pipelinestudio.runtime.testing.NodeFixtures.keyBy;
import static io.pipelinestudio.runtime.testing.NodeFixtures.string;
import static io.pipelinestudio.runtime.testing.NodeFixtures.window;
import static org.assertj.core.api.Assertions.assertThat;

import io.pipelinestudio.model.JobSettings;
import io.pipelinestudio.model.Pipeline;
import io.pipelinestudio.model.json.PipelineJson;
import io.pipelinestudio.model.node.DeliveryGuarantee;
import io.pipelinestudio.model.node.KafkaSinkNode;
import io.pipelinestudio.model.node.KafkaSourceNode;
import io.pipelinestudio.model.node.MessageFormat;
import io.pipelinestudio.model.node.StartingOffsets;
import io.pipelinestudio.model.node.WindowSpec;
import io.pipelinestudio.model.validate.ExecutionMode;
import io.pipelinestudio.runtime.kafka.KafkaLines;
import io.pipelinestudio.runtime.testing.PipelineBuilder;
import io.pipelinestudio.runtime.testing.Runs;
import io.pipelinestudio.runtime.testing.SharedRunner;
import io.pipelinestudio.runtime.testing.TestFiles;
import io.pipelinestudio.runtime.testing.TestKafka;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Kafka sources and sinks on a real broker (its own JVM), run on the shared embedded cluster. */
@ExtendWith(SharedRunner.class)
class KafkaRunTest {
    private static final long BOUND_MS = 2_000;
    private static final List<String> BAD = List.of("k1,not-a-time", "only-one-column");
    @TempDir
    Path dir;

    @Test
    void aBoundedReadOfThreePartitionsGivesInBothModesTheWindowsOfTheSameLinesReadFromAFile(PipelineRunner runner) {
        List<String> lines = events(5_000, 7);
        String topic = TestKafka.newTopic("events", 3);
        List<String> messages = new ArrayList<>(lines);
        messages.add(1_000, BAD.get(0));
        messages.add(4_000, BAD.get(1));
        KafkaLines.produce(bootstrap(), topic, messages);
        Path file = TestFiles.write(dir.resolve("events.csv"), lines);

        List<String> fromFile = windows(runner, fileWindowCount(file, dir.resolve("file.csv")), ExecutionMode.BATCH,
                dir.resolve("file.csv"));
        Path batch = dir.resolve("kafka-batch.csv");
        Path streaming = dir.resolve("kafka-streaming.csv");
        RunResult batchRun = Runs.finished(runner, kafkaWindowCount(topic, batch),
                RunOptions.of(ExecutionMode.BATCH).withRejectedPath(dir.resolve("rejected-batch.tsv")));
        RunResult streamingRun = Runs.finished(runner, kafkaWindowCount(topic, streaming),
                RunOptions.of(ExecutionMode.STREAMING).withRejectedPath(dir.resolve("rejected-streaming.tsv")));

        assertThat(fromFile).hasSizeGreaterThan(100);
        assertThat(TestFiles.sortedLines(batch)).isEqualTo(fromFile);
        assertThat(TestFiles.sortedLines(streaming)).isEqualTo(fromFile);
        for (RunResult run : List.of(batchRun, streamingRun)) {
            assertThat(run.rejectedByNode()).containsExactly(Map.entry("events", 2L));
            List<String> rejected = TestFiles.lines(run.rejectedFile());
            assertThat(rejected.subList(1, rejected.size())).allMatch(line -> line.matches(
                    "events\t" + topic + "/[0-2]@\\d+: .*\t(k1,not-a-time|only-one-column)"), "rejected: " + rejected);
        }
    }

    @Test
    void theKafkaExampleCountsInBothModesWhatTheFileExampleCountsFromTheSameLines(PipelineRunner runner)
            throws Exception {
        Path examples = TestFiles.repositoryRoot().resolve("assets/examples");
        Path sample = TestFiles.repositoryRoot().resolve("assets/data/window-count-sample.csv");
        Path fromFile = dir.resolve("file.csv");
        Runs.finished(runner, PipelineJson.read(examples.resolve("window-count.json")), RunOptions.of(
                ExecutionMode.BATCH).withParameters(Map.of("input", sample.toString(), "output", fromFile.toString()))
                .withRejectedPath(dir.resolve("rejected-file.tsv")));
        String topic = TestKafka.newTopic("example-events", 2);
        KafkaLines.produce(bootstrap(), topic, TestFiles.lines(sample));
        Pipeline kafka = PipelineJson.read(examples.resolve("kafka-window-count.json"));

        for (ExecutionMode mode : ExecutionMode.values()) {
            String counts = TestKafka.newTopic("example-counts", 2);
            Runs.finished(runner, kafka, RunOptions.of(mode).withParameters(Map.of("bootstrap", bootstrap(),
                    "topic", topic, "outputTopic", counts, "bounded", "true"))
                    .withRejectedPath(dir.resolve("rejected-" + mode + ".tsv")));

            assertThat(TestFiles.sorted(KafkaLines.consumeCommitted(bootstrap(), counts, 100_000,
                    Duration.ofSeconds(5)))).as("counts in %s", mode).isNotEmpty()
                    .isEqualTo(TestFiles.sortedLines(fromFile));
        }
    }

    @ParameterizedTest
    @EnumSource(ExecutionMode.class)
    void anExactlyOnceSinkMakesEveryRecordVisibleOnceToReadCommittedReaders(ExecutionMode mode,
            PipelineRunner runner) {
        List<String> lines = events(2_000, 11);
        Path file = TestFiles.write(dir.resolve("events.csv"), lines);
        String topic = TestKafka.newTopic("copies", 2);
        Pipeline pipeline = PipelineBuilder.chain("kafka copy",
                csvSource("events", file, string("key"), int64("timestamp_ms")),
                new KafkaSinkNode("copy", "Copy", bootstrap(), topic, MessageFormat.JSON, null, "key",
                        DeliveryGuarantee.EXACTLY_ONCE))
                // checkpoints commit the transactions in STREAMING mode; BATCH commits at the end of input
                .withJob(JobSettings.DEFAULTS.withCheckpoints(200, null, null));

        Runs.finished(runner, pipeline, mode);

        List<String> expected = lines.stream().map(line -> line.split(",")).map(f -> "{\"key\":\"" + f[0]
                + "\",\"timestamp_ms\":" + f[1] + "}").toList();
        assertThat(TestFiles.sorted(KafkaLines.consumeCommitted(bootstrap(), topic, expected.size() + 1,
                Duration.ofSeconds(5)))).isEqualTo(TestFiles.sorted(expected));
    }

    @Test
    void anUnreachableBrokerFailsTheRunWithinThirtySecondsNamingTheNodeAndAddress(PipelineRunner runner) {
        Pipeline pipeline = kafkaWindowCount("events", dir.resolve("never.csv"), "127.0.0.1:1");

        long started = System.nanoTime();
        RunResult result = Runs.run(runner, pipeline, RunOptions.of(ExecutionMode.STREAMING));

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(30));
        assertThat(result.state()).isEqualTo(RunState.FAILED);
        assertThat(result.failure().nodeId()).isEqualTo("events");
        assertThat(result.failure().toString()).startsWith("events: cannot reach Kafka at 127.0.0.1:1 (");
    }

    private static List<String> windows(PipelineRunner runner, Pipeline pipeline, ExecutionMode mode, Path out) {
        Runs.finished(runner, pipeline, mode);
        return TestFiles.sortedLines(out);
    }

    private static Pipeline kafkaWindowCount(String topic, Path out) {
        return kafkaWindowCount(topic, out, bootstrap());
    }

    private static Pipeline kafkaWindowCount(String topic, Path out, String bootstrap) {
        KafkaSourceNode source = new KafkaSourceNode("events", "Events", bootstrap, topic, null,
                StartingOffsets.EARLIEST, null, MessageFormat.CSV, null, List.of(string("key"), int64("timestamp_ms")),
                null, null, "timestamp_ms", BOUND_MS, 0, "true");
        return PipelineBuilder.chain("kafka window count", source, keyBy("by-key", "key"),
                window("per-second", WindowSpec.tumbling(1_000), 0, count()), csvSink("out", out));
    }

    private static Pipeline fileWindowCount(Path file, Path out) {
        return PipelineBuilder.chain("file window count", csvSource("events", file, string("key"), int64("timestamp_ms")),
                eventTime("time", "timestamp_ms", BOUND_MS), keyBy("by-key", "key"),
                window("per-second", WindowSpec.tumbling(1_000), 0, count()), csvSink("out", out));
    }

    /** {@code key,timestamp_ms} lines, out of order by less than the bound. */
    private static List<String> events(int n, long seed) {
        Random random = new Random(seed);
        List<String> lines = new ArrayList<>();
        long time = 1_700_000_000_000L;
        for (int i = 0; i < n; i++) {
            time += random.nextInt(20);
            lines.add("key" + random.nextInt(5) + "," + (time - random.nextInt((int) BOUND_MS)));
        }
        return lines;
    }

    private static String bootstrap() {
        return TestKafka.shared().bootstrapServers();
    }
}
