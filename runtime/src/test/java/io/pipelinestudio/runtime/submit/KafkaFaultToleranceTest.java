package io.pipelinestudio.runtime.submit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.pipelinestudio.model.JobSettings;
import io.pipelinestudio.model.Pipeline;
import io.pipelinestudio.model.json.PipelineJson;
import io.pipelinestudio.runtime.cli.Cli;
import io.pipelinestudio.runtime.cli.CliProbe;
import io.pipelinestudio.runtime.kafka.KafkaLines;
import io.pipelinestudio.runtime.testing.CommittedWindows;
import io.pipelinestudio.runtime.testing.TestFiles;
import io.pipelinestudio.runtime.testing.TestKafka;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.TreeMap;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exactly once under faults, on a real standalone cluster (a JobManager and two TaskManagers, each its own
 * JVM) and a real broker: the Kafka window-count example, checkpointing, loses one TaskManager to
 * {@code kill -9} mid-run; a new TaskManager starts, the job restarts from its last checkpoint, and the
 * output topic, read with {@code read_committed}, holds exactly the windows computed from the input. The
 * job keeps its state in RocksDB with incremental checkpoints, as the pipeline's job settings ask.
 *
 * <p>The job reads the topic unbounded, so it is certainly running when the TaskManager dies however fast it
 * counts (read bounded, a fast job could finish between the checkpoint and the kill, and nothing was
 * restored). After the restart, one late-enough line on each partition moves the watermark past every window.
 */
@ExtendWith(OwnConfigFolder.class)
class KafkaFaultToleranceTest {
    private static final int RECORDS = 1_000_000;
    private static final int KEYS = 16;
    private static final long WINDOW_MS = 10_000;
    @TempDir
    Path dir;

    @Test
    void killedTaskManagerLosesAndDuplicatesNoWindow() throws Exception {
        String bootstrap = TestKafka.shared().bootstrapServers();
        String input = TestKafka.newTopic("fault-events", 2);
        String output = TestKafka.newTopic("fault-counts", 2);
        List<String> lines = events();
        KafkaLines.produce(bootstrap, input, lines);
        Pipeline pipeline = PipelineJson.read(TestFiles.repositoryRoot().resolve("assets/examples/kafka-window-count.json"));
        // checkpoints often, so that the restart replays little; state in RocksDB, as a
        // production job with large state keeps it
        Pipeline checkpointed = pipeline.withJob(pipeline.jobSettings().withCheckpoints(300,
                JobSettings.CheckpointMode.EXACTLY_ONCE, dir.resolve("checkpoints").toString())
                .withStateBackend(JobSettings.StateBackend.ROCKSDB));
        Path file = dir.resolve("kafka-window-count.json");
        PipelineJson.write(checkpointed, file);

        // outside the test's folder, so that its logs outlive a failure
        Path clusterDir = Files.createTempDirectory("pipeline-studio-fault-");
        // two TaskManagers of one slot each: the job's two parallel instances run one on each
        try (StandaloneFlinkCluster cluster = StandaloneFlinkCluster.start(clusterDir.resolve("cluster"), 2, 1)) {
            String jobId = submit(cluster, file, bootstrap, input, output);
            awaitCompletedCheckpoint(cluster, jobId);
            assertThat(cluster.rest("jobs/" + jobId + "/checkpoints/config")
                    .path("state_backend").asText()).as("the state backend the cluster runs the job on")
                    .contains("RocksDB");
            assertThat(cluster.jobState(jobId)).as("the job must still be running when its TaskManager dies")
                    .isEqualTo("RUNNING");

            long killed = System.nanoTime();
            cluster.killTaskManager();
            cluster.startTaskManager();
            Duration recovered = awaitRestored(cluster, jobId, killed);
            long restored = checkpoints(cluster, jobId).path("counts").path("restored").asLong();
            closeEveryWindow(bootstrap, input, lines);

            Map<String, Long> expected = windows(lines);
            CommittedWindows written = awaitWindows(cluster, jobId, bootstrap, output, expected);
            long duplicates = written.duplicates();
            long missing = written.missing(expected.keySet());
            System.out.printf("exactly once under faults: %,d records in, %,d windows out, %d duplicates, %d missing,"
                    + " %d restart(s) from a checkpoint, recovered %.1f s after kill -9%n", lines.size(),
                    written.written().size(), duplicates, missing, restored, recovered.toMillis() / 1000.0);

            assertThat(restored).as("restarts from a checkpoint").isGreaterThanOrEqualTo(1);
            assertThat(duplicates).as("windows written twice").isZero();
            assertThat(missing).as("windows missing").isZero();
            assertThat(written.counted()).isEqualTo(expected);
        }
    }

    private String submit(StandaloneFlinkCluster cluster, Path file, String bootstrap, String input, String output) {
        CliProbe.Result submitted = CliProbe.run("submit", file.toString(), "--cluster",
                cluster.restAddress().toString(), "--mode", "streaming", "--parallelism", "2", "--param",
                "bootstrap=" + bootstrap, "--param", "topic=" + input, "--param", "outputTopic=" + output, "--param",
                "bounded=false", "--rejected", dir.resolve("rejected.tsv").toString());
        assertThat(submitted.exitCode()).as(submitted.toString()).isEqualTo(Cli.OK);
        return submitted.out().strip();
    }

    /**
     * {@code key,timestamp_ms} lines in time order, each out of order by less than the example's 5 s. Their times
     * are recent: each window goes to Kafka with its end as the message's timestamp, and the shared broker
     * deletes messages older than its 7-day retention whenever its periodic check runs.
     */
    private static List<String> events() {
        Random random = new Random(2026);
        List<String> lines = new ArrayList<>(RECORDS);
        long time = System.currentTimeMillis() - Duration.ofHours(1).toMillis();
        for (int i = 0; i < RECORDS; i++) {
            time += random.nextInt(3);
            lines.add("key" + random.nextInt(KEYS) + "," + (time - random.nextInt(2_000)));
        }
        return lines;
    }

    /** The windows computed apart from Flink: {@code start,end,key} to its count. */
    private static Map<String, Long> windows(List<String> lines) {
        Map<String, Long> windows = new TreeMap<>();
        for (String line : lines) {
            String[] fields = line.split(",");
            long start = Math.floorDiv(Long.parseLong(fields[1]), WINDOW_MS) * WINDOW_MS;
            windows.merge(start + "," + (start + WINDOW_MS) + "," + fields[0], 1L, Long::sum);
        }
        return windows;
    }

    private void awaitCompletedCheckpoint(StandaloneFlinkCluster cluster, String jobId) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            if (checkpoints(cluster, jobId).path("counts").path("completed").asLong() > 0) {
                return;
            }
            assertThat(cluster.jobState(jobId)).as("job state while waiting for a checkpoint").isIn("CREATED",
                    "INITIALIZING", "RUNNING");
            Thread.sleep(50);
        }
        throw new AssertionError("Expected a completed checkpoint within 90 s; logs in " + cluster.logs());
    }

    private Duration awaitRestored(StandaloneFlinkCluster cluster, String jobId, long killedNanos) throws Exception {
        long deadline = killedNanos + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            if (checkpoints(cluster, jobId).path("counts").path("restored").asLong() > 0) {
                return Duration.ofNanos(System.nanoTime() - killedNanos);
            }
            assertThat(cluster.jobState(jobId)).as("job state; logs in %s", cluster.logs()).isNotIn("FAILED",
                    "CANCELED", "FINISHED");
            Thread.sleep(100);
        }
        throw new AssertionError("Expected the job to restore a checkpoint within 120 s of the kill; logs in "
                + cluster.logs());
    }

    /**
     * Writes one line a minute after the last event to each partition of the input: every partition's
     * watermark then passes every window of the events, and the line's own window stays open.
     */
    private static void closeEveryWindow(String bootstrap, String topic, List<String> lines) throws Exception {
        long last = lines.stream().mapToLong(line -> Long.parseLong(line.split(",")[1])).max().orElseThrow();
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<byte[], String> producer =
                     new KafkaProducer<>(props, new ByteArraySerializer(), new StringSerializer())) {
            for (PartitionInfo partition : producer.partitionsFor(topic)) {
                producer.send(new ProducerRecord<>(topic, partition.partition(), null,
                        "closing," + (last + Duration.ofMinutes(1).toMillis()))).get();
            }
        }
    }

    /**
     * The committed windows once all of {@code expected} are there, read again after a quiet spell so that a
     * window written twice would show; the job must stay running meanwhile.
     */
    private static CommittedWindows awaitWindows(StandaloneFlinkCluster cluster, String jobId, String bootstrap,
            String output, Map<String, Long> expected) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (System.nanoTime() < deadline) {
            CommittedWindows written = CommittedWindows.read(bootstrap, output, expected.size() * 2,
                    Duration.ofSeconds(2));
            if (written.missing(expected.keySet()) == 0) {
                return CommittedWindows.read(bootstrap, output, expected.size() * 2, Duration.ofSeconds(10));
            }
            assertThat(cluster.jobState(jobId)).as("job state; logs in %s", cluster.logs()).isEqualTo("RUNNING");
            Thread.sleep(500);
        }
        return CommittedWindows.read(bootstrap, output, expected.size() * 2, Duration.ofSeconds(10));
    }

    private JsonNode checkpoints(StandaloneFlinkCluster cluster, String jobId) throws Exception {
        return cluster.rest("jobs/" + jobId + "/checkpoints");
    }
}
