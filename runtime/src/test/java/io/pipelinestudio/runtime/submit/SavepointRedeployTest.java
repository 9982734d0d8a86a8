package io.pipelinestudio.runtime.submit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pipelinestudio.runtime.cli.Cli;
import io.pipelinestudio.runtime.cli.CliProbe;
import io.pipelinestudio.runtime.cli.CliProbe.Result;
import io.pipelinestudio.runtime.kafka.KafkaLines;
import io.pipelinestudio.runtime.testing.CommittedWindows;
import io.pipelinestudio.runtime.testing.TestFiles;
import io.pipelinestudio.runtime.testing.TestKafka;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Savepoint redeploys on a real standalone cluster and a real broker, through the command line: the Kafka
 * window-count example, unbounded, is stopped with a savepoint half-way through its input, edited, and
 * submitted again from the savepoint; read with {@code read_committed}, the output holds every complete window
 * once, with the count computed apart from Flink, windows open at the stop included. A savepoint whose
 * window state the edited job has no operator for is refused before anything is submitted, by node.
 */
@ExtendWith(OwnConfigFolder.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SavepointRedeployTest {
    private static final int RECORDS = 200_000;
    private static final int PARTITIONS = 2;
    private static final int KEYS = 16;
    private static final long WINDOW_MS = 10_000;
    /** The example's out-of-orderness: an unbounded job emits a window once every partition is this far past it. */
    private static final long OUT_OF_ORDERNESS_MS = 5_000;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static Path dir;
    private static StandaloneFlinkCluster cluster;
    private static String bootstrap;
    private static String inputTopic;
    /** The job the first test stops half-way, and its savepoint, which the second restores into an edited job. */
    private static String firstJobId;
    private static String firstSavepoint;

    @BeforeAll
    static void startCluster() throws Exception {
        // outside JUnit's temporary folders, so that the cluster's logs outlive a failure
        dir = Files.createTempDirectory("pipeline-studio-savepoints-");
        bootstrap = TestKafka.shared().bootstrapServers();
        cluster = StandaloneFlinkCluster.start(dir.resolve("cluster"));
    }

    @AfterAll
    static void stopCluster() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    @Order(1)
    void redeployFromASavepointCountsEveryWindowOnce() throws Exception {
        inputTopic = TestKafka.newTopic("redeploy-events", PARTITIONS);
        String output = TestKafka.newTopic("redeploy-counts", PARTITIONS);
        List<List<String>> events = events();
        List<List<String>> firstHalf = events.stream().map(p -> p.subList(0, p.size() / 2)).toList();
        List<List<String>> secondHalf = events.stream().map(p -> p.subList(p.size() / 2, p.size())).toList();
        Path original = write("kafka-window-count.json", example(pipeline -> { }));

        produce(inputTopic, firstHalf);
        Result submitted = CliProbe.run(submitArgs(original, output));
        assertThat(submitted.exitCode()).as(submitted.toString()).isEqualTo(Cli.OK);
        awaitCommitted(output, completeWindows(firstHalf).size());

        long stopStarted = System.nanoTime();
        Result stopped = CliProbe.run("stop", jobId(submitted), "--cluster", cluster.restAddress().toString(),
                "--savepoint", dir.resolve("savepoints").toString());
        Duration stopTook = Duration.ofNanos(System.nanoTime() - stopStarted);
        assertThat(stopped.exitCode()).as(stopped.toString()).isEqualTo(Cli.OK);
        firstJobId = jobId(submitted);
        firstSavepoint = stopped.out().strip();
        Path savepointDir = SavepointStop.localDirectory(firstSavepoint);
        assertThat(savepointDir).as("the savepoint %s on this machine", firstSavepoint).isNotNull();
        assertThat(savepointDir.resolve("_metadata")).exists();
        assertThat(savepointDir.resolve(OperatorsFile.BESIDE_SAVEPOINT)).exists();
        awaitState(jobId(submitted), "FINISHED");
        long savepointMs = cluster.rest("jobs/" + jobId(submitted) + "/checkpoints").path("latest").path("savepoint")
                .path("end_to_end_duration").asLong(-1);
        // Flink 2.3 records each operator's uid in the savepoint, which names the node without any file beside it
        assertThat(SavepointMetadata.read(firstSavepoint).operators())
                .anySatisfy(o -> assertThat(o).extracting("uid", "holdsState").containsExactly("count", true));

        // an edit of nodes that hold no state: the chart goes, the Kafka sink is renamed
        Path edited = write("edited.json", example(pipeline -> {
            remove(pipeline, "chart");
            node(pipeline, "counts").put("label", "Window counts, v2");
        }));
        Result resubmitted = CliProbe.run(concat(submitArgs(edited, output), "--from-savepoint", firstSavepoint));
        assertThat(resubmitted.exitCode()).as(resubmitted.toString()).isEqualTo(Cli.OK);
        assertThat(resubmitted.err()).doesNotContain("would be dropped").doesNotContain("warning:");
        produce(inputTopic, secondHalf);
        Map<String, Long> expected = completeWindows(events);
        awaitCommitted(output, expected.size());
        assertThat(restoredFrom(jobId(resubmitted))).isEqualTo(firstSavepoint);
        Result stoppedAgain = CliProbe.run("stop", jobId(resubmitted), "--cluster", cluster.restAddress().toString(),
                "--savepoint", dir.resolve("savepoints").toString());
        assertThat(stoppedAgain.exitCode()).as(stoppedAgain.toString()).isEqualTo(Cli.OK);

        CommittedWindows written = CommittedWindows.read(bootstrap, output, expected.size() * 2, Duration.ofSeconds(5));
        long duplicates = written.duplicates();
        long missing = written.missing(expected.keySet());
        Set<String> straddling = straddling(firstHalf, secondHalf);
        System.out.printf("savepoint redeploy: %,d records in, %,d windows out, %d duplicates, %d missing, "
                + "%d windows open across the redeploy; savepoint %s, taken in %d ms (stop command %.1f s end to end)%n",
                RECORDS, written.written().size(), duplicates, missing, straddling.size(), ByteSize.text(size(savepointDir)),
                savepointMs, stopTook.toMillis() / 1000.0);

        assertThat(duplicates).as("windows written twice").isZero();
        assertThat(missing).as("windows missing").isZero();
        assertThat(written.counted()).isEqualTo(expected);
        assertThat(straddling).as("windows with records before and after the redeploy").isNotEmpty();
    }

    @Test
    @Order(2)
    void savepointWhoseWindowStateTheJobLacksIsRefusedByNodeUnlessDroppingIsAllowed() throws Exception {
        assertThat(firstSavepoint).as("the savepoint the first test takes").isNotNull();
        String output = TestKafka.newTopic("renamed-counts", PARTITIONS);
        Path renamed = write("renamed.json", example(pipeline -> rename(pipeline, "count", "count2")));
        Set<String> jobsBefore = jobs();

        Result refused = CliProbe.run(concat(submitArgs(renamed, output), "--from-savepoint", firstSavepoint));

        assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(Cli.INVALID);
        assertThat(refused.err().lines()).anySatisfy(line -> assertThat(line)
                .startsWith("count: its state in the savepoint would be dropped: the new job has no operator 'count'")
                .contains("\"Count per 10 s\""));
        assertThat(refused.err()).contains("--allow-non-restored-state").doesNotContain("\tat ");
        assertThat(refused.out()).isEmpty();
        assertThat(jobs()).as("jobs on the cluster").isEqualTo(jobsBefore);

        Result allowed = CliProbe.run(concat(submitArgs(renamed, output), "--from-savepoint", firstSavepoint,
                "--allow-non-restored-state"));

        assertThat(allowed.exitCode()).as(allowed.toString()).isEqualTo(Cli.OK);
        assertThat(allowed.err().lines())
                .anySatisfy(line -> assertThat(line).startsWith("count: warning: its state in the savepoint is dropped"))
                .anySatisfy(line -> assertThat(line).startsWith("count2: warning: starts with empty state"));
        awaitState(jobId(allowed), "RUNNING");
        assertThat(restoredFrom(jobId(allowed))).isEqualTo(firstSavepoint);
        cancel(jobId(allowed));
    }

    @Test
    @Order(3)
    void stoppingAJobThatIsNotRunningExitsOneSayingSo() {
        assertThat(firstJobId).as("the job the first test stopped").isNotNull();

        Result stopped = CliProbe.run("stop", firstJobId, "--cluster", cluster.restAddress().toString(),
                "--savepoint", dir.resolve("savepoints").toString());

        assertThat(stopped.exitCode()).as(stopped.toString()).isEqualTo(Cli.FAILED);
        assertThat(stopped.out()).isEmpty();
        assertThat(stopped.err().lines().filter(line -> line.startsWith("error: "))).singleElement()
                .isEqualTo("error: job " + firstJobId + " is FINISHED on the cluster at " + cluster.restAddress()
                        + "; only a running job can be stopped with a savepoint");
        assertThat(stopped.err()).doesNotContain("\tat ");
    }

    private String[] submitArgs(Path pipeline, String output) {
        return new String[] {"submit", pipeline.toString(), "--cluster", cluster.restAddress().toString(),
            "--mode", "streaming", "--parallelism", "2", "--param", "bootstrap=" + bootstrap,
            "--param", "topic=" + inputTopic, "--param", "outputTopic=" + output,
            "--rejected", dir.resolve("rejected.tsv").toString()};
    }

    /**
     * {@code key,timestamp_ms} lines by partition, in time order, each out of order by less than 5 s. Their times
     * are recent: the sink gives each window its end as the message's timestamp, and the broker deletes messages
     * older than its retention (7 days) at its next check, which would take windows out of the output topic.
     */
    private static List<List<String>> events() {
        Random random = new Random(2027);
        List<List<String>> partitions = new ArrayList<>();
        for (int p = 0; p < PARTITIONS; p++) {
            partitions.add(new ArrayList<>());
        }
        long time = System.currentTimeMillis() - Duration.ofHours(1).toMillis();
        for (int i = 0; i < RECORDS; i++) {
            time += random.nextInt(3);
            partitions.get(i % PARTITIONS).add("key" + random.nextInt(KEYS) + "," + (time - random.nextInt(2_000)));
        }
        return partitions;
    }

    /**
     * The windows an unbounded job has emitted once it has read these lines, counted apart from Flink: those
     * that end at or before the watermark, which trails the slowest partition's largest time by 5 s.
     */
    private static Map<String, Long> completeWindows(List<List<String>> partitions) {
        long watermark = partitions.stream()
                .mapToLong(lines -> lines.stream().mapToLong(SavepointRedeployTest::time).max().orElseThrow())
                .min().orElseThrow() - OUT_OF_ORDERNESS_MS;
        Map<String, Long> windows = new TreeMap<>();
        for (List<String> lines : partitions) {
            for (String line : lines) {
                long start = Math.floorDiv(time(line), WINDOW_MS) * WINDOW_MS;
                if (start + WINDOW_MS <= watermark) {
                    windows.merge(start + "," + (start + WINDOW_MS) + "," + line.split(",")[0], 1L, Long::sum);
                }
            }
        }
        return windows;
    }

    /** Windows holding records from both halves: open in the savepoint, so counted right only if restored. */
    private static Set<String> straddling(List<List<String>> first, List<List<String>> second) {
        Set<String> before = new HashSet<>();
        first.forEach(lines -> lines.forEach(line -> before.add(window(line))));
        Set<String> both = new HashSet<>();
        second.forEach(lines -> lines.stream().map(SavepointRedeployTest::window).filter(before::contains)
                .forEach(both::add));
        return both;
    }

    private static String window(String line) {
        long start = Math.floorDiv(time(line), WINDOW_MS) * WINDOW_MS;
        return start + "," + line.split(",")[0];
    }

    private static long time(String line) {
        return Long.parseLong(line.substring(line.indexOf(',') + 1));
    }

    /** Each list to its own partition, so that the test knows each partition's watermark. */
    private static void produce(String topic, List<List<String>> partitions) throws Exception {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<byte[], String> producer =
                     new KafkaProducer<>(props, new ByteArraySerializer(), new StringSerializer())) {
            List<Future<RecordMetadata>> sent = new ArrayList<>();
            for (int p = 0; p < partitions.size(); p++) {
                for (String line : partitions.get(p)) {
                    sent.add(producer.send(new ProducerRecord<>(topic, p, null, line)));
                }
            }
            producer.flush();
            for (Future<RecordMetadata> acknowledgement : sent) {
                acknowledgement.get();
            }
        }
    }

    private static void awaitCommitted(String topic, int count) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        int seen = 0;
        while (System.nanoTime() < deadline) {
            seen = KafkaLines.consumeCommitted(bootstrap, topic, count, Duration.ofSeconds(3)).size();
            if (seen >= count) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("Expected " + count + " committed windows in " + topic + " within 60 s but found "
                + seen + "; " + whereWindowsWent(topic) + "; logs in " + cluster.logs());
    }

    /**
     * Why windows are missing, for a failure message: whether the source read all its input, how many windows
     * the running job's Kafka writers sent, and how many messages the output topic holds at all (committed or not).
     */
    private static String whereWindowsWent(String topic) throws Exception {
        StringBuilder text = new StringBuilder();
        for (JsonNode job : cluster.rest("jobs/overview").path("jobs")) {
            if (!job.path("state").asText().equals("RUNNING")) {
                continue;
            }
            String jobPath = "jobs/" + job.path("jid").asText() + "/vertices/";
            for (JsonNode vertex : cluster.rest("jobs/" + job.path("jid").asText()).path("vertices")) {
                String metrics = jobPath + vertex.path("id").asText() + "/subtasks/metrics?agg=sum&get=";
                cluster.rest(metrics + "numRecordsIn"); // the REST API's metric store fills on demand
            }
            Thread.sleep(2_000);
            for (JsonNode vertex : cluster.rest("jobs/" + job.path("jid").asText()).path("vertices")) {
                String base = jobPath + vertex.path("id").asText();
                List<String> sent = new ArrayList<>();
                cluster.rest(base + "/metrics").forEach(m -> {
                    if (m.path("id").asText().endsWith("Writer.numRecordsSend")) {
                        sent.add(m.path("id").asText());
                    }
                });
                if (!sent.isEmpty()) {
                    text.append("the job's Kafka writers sent ")
                            .append(cluster.rest(base + "/metrics?get=" + String.join(",", sent)))
                            .append(", watermarks ").append(cluster.rest(base + "/watermarks")).append("; ");
                }
            }
        }
        Map<String, Object> settings = Map.of("bootstrap.servers", bootstrap);
        try (var admin = Admin.create(settings)) {
            text.append("the source's committed offsets ").append(admin.listConsumerGroupOffsets(
                    "pipeline-studio.kafka-window-count.events").partitionsToOffsetAndMetadata().get().values().stream()
                    .map(o -> o.offset()).toList());
        }
        text.append("; the output topic holds ").append(messages(topic, "read_committed")).append(" committed and ")
                .append(messages(topic, "read_uncommitted")).append(" messages in all, from offsets ")
                .append(startOffsets(topic)).append(" on");
        return text.toString();
    }

    /** Where each partition of the topic starts: above 0 once the broker has deleted messages. */
    private static List<Long> startOffsets(String topic) {
        try (var consumer = new KafkaConsumer<byte[], byte[]>(Map.of("bootstrap.servers", bootstrap),
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (int p = 0; p < PARTITIONS; p++) {
                partitions.add(new TopicPartition(topic, p));
            }
            return partitions.stream().map(consumer.beginningOffsets(partitions)::get).toList();
        }
    }

    private static int messages(String topic, String isolation) {
        Map<String, Object> settings = Map.of("bootstrap.servers", bootstrap, "isolation.level", isolation);
        try (var consumer = new KafkaConsumer<byte[], byte[]>(settings,
                new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (int p = 0; p < PARTITIONS; p++) {
                partitions.add(new TopicPartition(topic, p));
            }
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            int count = 0;
            long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
            while (System.nanoTime() < deadline && partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                count += consumer.poll(Duration.ofMillis(200)).count();
            }
            return count;
        }
    }

    /** The Kafka window-count example, changed by {@code change}. */
    private static ObjectNode example(Consumer<ObjectNode> change) throws Exception {
        ObjectNode tree = (ObjectNode) JSON.readTree(
                TestFiles.repositoryRoot().resolve("assets/examples/kafka-window-count.json").toFile());
        change.accept(tree);
        return tree;
    }

    private static ObjectNode node(ObjectNode pipeline, String id) {
        for (JsonNode node : pipeline.path("nodes")) {
            if (node.path("id").asText().equals(id)) {
                return (ObjectNode) node;
            }
        }
        throw new AssertionError("Expected a node " + id + " in the example");
    }

    private static void remove(ObjectNode pipeline, String id) {
        ArrayNode nodes = (ArrayNode) pipeline.path("nodes");
        ArrayNode edges = (ArrayNode) pipeline.path("edges");
        for (int i = nodes.size() - 1; i >= 0; i--) {
            if (nodes.get(i).path("id").asText().equals(id)) {
                nodes.remove(i);
            }
        }
        for (int i = edges.size() - 1; i >= 0; i--) {
            if (edges.get(i).path("from").asText().equals(id) || edges.get(i).path("to").asText().equals(id)) {
                edges.remove(i);
            }
        }
        ((ObjectNode) pipeline.path("layout")).remove(id);
    }

    private static void rename(ObjectNode pipeline, String id, String newId) {
        node(pipeline, id).put("id", newId);
        for (JsonNode edge : pipeline.path("edges")) {
            for (String end : List.of("from", "to")) {
                if (edge.path(end).asText().equals(id)) {
                    ((ObjectNode) edge).put(end, newId);
                }
            }
        }
        ObjectNode layout = (ObjectNode) pipeline.path("layout");
        layout.set(newId, layout.remove(id));
    }

    private static Path write(String name, ObjectNode pipeline) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(pipeline));
        return file;
    }

    private static String[] concat(String[] args, String... more) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    private static long size(Path directory) throws Exception {
        try (var files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    private static Set<String> jobs() throws Exception {
        Set<String> ids = new HashSet<>();
        cluster.rest("jobs/overview").path("jobs").forEach(job -> ids.add(job.path("jid").asText()));
        return ids;
    }

    /** The savepoint or checkpoint the job started from, as its checkpoint statistics name it. */
    private static String restoredFrom(String jobId) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        JsonNode restored = null;
        while (System.nanoTime() < deadline) {
            restored = cluster.rest("jobs/" + jobId + "/checkpoints").path("latest").path("restored");
            if (!restored.isMissingNode() && !restored.isNull()) {
                return restored.path("external_path").asText();
            }
            Thread.sleep(200);
        }
        throw new AssertionError("Expected job " + jobId + " to report a restore within 60 s but found " + restored);
    }

    /** Waits for a job's state as the REST API shows it, which lags behind the job by up to 3 s. */
    private static void awaitState(String jobId, String expected) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        String state = "";
        while (System.nanoTime() < deadline) {
            state = cluster.jobState(jobId);
            if (state.equals(expected)) {
                return;
            }
            assertThat(state).as("job state; logs in %s", cluster.logs()).isNotIn("FAILED", "CANCELED");
            Thread.sleep(200);
        }
        throw new AssertionError("Expected job " + jobId + " to be " + expected + " within 60 s but it is " + state);
    }

    private static void cancel(String jobId) throws Exception {
        HTTP.send(HttpRequest.newBuilder(cluster.restAddress().resolve("jobs/" + jobId + "?mode=cancel"))
                .method("PATCH", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
    }

    /** The job id {@code submit} printed, checked to be one. */
    private static String jobId(Result submitted) {
        assertThat(submitted.out().strip()).as(submitted.toString()).matches("[0-9a-f]{32}");
        return submitted.out().strip();
    }
}
