package io.pipelinestudio.runtime.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.pipelinestudio.runtime.testing.TestKafka;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.TopicDescription;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real broker in its own JVM: it starts, takes and gives back lines, creates topics, and stops. */
class LocalKafkaBrokerTest {
    private static final Duration QUIET = Duration.ofSeconds(2);

    @TempDir
    Path dataDir;

    @Test
    void startsOnAFreePortAndRoundTripsLinesAndTopics() throws Exception {
        long started = System.nanoTime();
        try (LocalKafkaBroker broker = start()) {
            System.out.printf("local Kafka broker answered after %.1f s%n", (System.nanoTime() - started) / 1e9);
            assertThat(broker.bootstrapServers()).matches("127\\.0\\.0\\.1:\\d+").doesNotEndWith(":0");
            assertThat(ProcessHandle.of(broker.pid())).hasValueSatisfying(p -> assertThat(p.isAlive()).isTrue());

            List<String> lines = List.of("a,1", "b,2", "", "c,3 with spaces and ünïcode");
            assertThat(KafkaLines.produce(broker.bootstrapServers(), "lines", lines)).isEqualTo(4);
            assertThat(KafkaLines.consumeCommitted(broker.bootstrapServers(), "lines", 100, QUIET))
                    .containsExactlyElementsOf(lines);
            assertThat(KafkaLines.consumeCommitted(broker.bootstrapServers(), "lines", 2, QUIET))
                    .containsExactly("a,1", "b,2");

            broker.createTopic("three", 3);
            broker.createTopic("three", 3); // already there: fine
            assertThat(partitions(broker, "three")).isEqualTo(3);
            List<String> many = IntStream.range(0, 300).mapToObj(i -> "line " + i).collect(Collectors.toList());
            KafkaLines.produce(broker.bootstrapServers(), "three", many);
            assertThat(KafkaLines.consumeCommitted(broker.bootstrapServers(), "three", 1000, QUIET))
                    .containsExactlyInAnyOrderElementsOf(many);
        }
    }

    @Test
    void closeEndsTheProcessAndARestartKeepsTheData() throws Exception {
        long pid;
        try (LocalKafkaBroker broker = start()) {
            pid = broker.pid();
            KafkaLines.produce(broker.bootstrapServers(), "kept", List.of("before restart"));
            broker.close();
            assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive)).isEmpty();
            broker.close(); // idempotent
        }
        try (LocalKafkaBroker again = start()) {
            assertThat(again.pid()).isNotEqualTo(pid);
            assertThat(KafkaLines.consumeCommitted(again.bootstrapServers(), "kept", 10, QUIET))
                    .containsExactly("before restart");
        }
    }

    @Test
    void aTopicThatNeverAppearsReadsAsEmpty() {
        LocalKafkaBroker shared = TestKafka.shared();
        assertThat(KafkaLines.consumeCommitted(shared.bootstrapServers(), "no-such-topic", 10, Duration.ofSeconds(1)))
                .isEmpty();
    }

    private LocalKafkaBroker start() throws IOException, InterruptedException {
        return LocalKafkaBroker.start(dataDir, 0, LocalKafkaBroker.classPathFrom(TestKafka.classPathFile()));
    }

    private static int partitions(LocalKafkaBroker broker, String topic) throws Exception {
        Properties props = new Properties();
        props.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        try (Admin admin = Admin.create(props)) {
            Map<String, TopicDescription> topics = admin.describeTopics(List.of(topic)).allTopicNames().get();
            return topics.get(topic).partitions().size();
        }
    }
}
