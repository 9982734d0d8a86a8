package io.pipelinestudio.runtime.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.pipelinestudio.runtime.cli.Cli;
import io.pipelinestudio.runtime.testing.TestFiles;
import io.pipelinestudio.runtime.testing.TestKafka;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./studio kafka ...} through {@link Cli#run}, against real brokers. */
class KafkaCommandsTest {
    private static final String CONFIG_DIR_PROPERTY = "pipelinestudio.config.dir";
    private static final String CLASSPATH_PROPERTY = "studio.kafka.classpath";

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    @TempDir
    Path dir;

    @AfterEach
    void stopAnyBrokerAndRestoreProperties() {
        if (System.getProperty(CONFIG_DIR_PROPERTY) != null) {
            cli("kafka", "stop"); // a detached broker outlives the test JVM unless stopped
        }
        System.clearProperty(CONFIG_DIR_PROPERTY);
        System.clearProperty(CLASSPATH_PROPERTY);
    }

    @Test
    void producesAFileAndConsumesItBack() {
        String bootstrap = TestKafka.shared().bootstrapServers();
        String topic = TestKafka.newTopic("cli-round-trip", 1);
        List<String> lines = IntStream.rangeClosed(1, 25).mapToObj(i -> "row " + i + ",x").collect(Collectors.toList());
        Path file = TestFiles.write(dir.resolve("lines.txt"), lines);

        assertThat(cli("kafka", "produce", "--bootstrap", bootstrap, "--topic", topic, file.toString()))
                .as(err()).isEqualTo(Cli.OK);
        assertThat(out()).isEqualTo("produced 25 messages to " + topic + "\n");

        assertThat(cli("kafka", "consume", "--bootstrap", bootstrap, "--topic", topic, "--timeout", "2"))
                .as(err()).isEqualTo(Cli.OK);
        assertThat(out().lines()).containsExactlyElementsOf(lines);

        assertThat(cli("kafka", "consume", "--bootstrap", bootstrap, "--topic", topic, "--max", "3"))
                .isEqualTo(Cli.OK);
        assertThat(out().lines()).containsExactly("row 1,x", "row 2,x", "row 3,x");
    }

    @Test
    void anUnreachableBrokerFailsWithinFortySecondsNamingTheAddress() {
        Path file = TestFiles.write(dir.resolve("one.txt"), "one");
        long started = System.nanoTime();

        int exit = cli("kafka", "produce", "--bootstrap", "127.0.0.1:1", "--topic", "t", file.toString());

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(40));
        assertThat(exit).isEqualTo(Cli.FAILED);
        assertThat(err()).contains("cannot reach Kafka at 127.0.0.1:1")
                .doesNotContain("Exception").doesNotContain("org.apache").doesNotContain("java.");
    }

    @Test
    void aMalformedCommandLineIsRefusedWithExitTwo() {
        assertThat(cli("kafka", "consume", "--bootstrap", "localhost", "--topic", "t")).isEqualTo(Cli.INVALID);
        assertThat(err()).contains("--bootstrap expects HOST:PORT");
        assertThat(cli("kafka", "produce", "--bootstrap", "127.0.0.1:9092", "--topic", "t")).isEqualTo(Cli.INVALID);
        assertThat(err()).contains("expected one file of lines");
        assertThat(cli("kafka", "restart")).isEqualTo(Cli.INVALID);
        assertThat(err()).contains("expected start, produce, consume or stop but got 'restart'");
    }

    @Test
    void startWithoutTheBrokerClassPathNamesTheSourceCheckout() {
        System.setProperty(CONFIG_DIR_PROPERTY, dir.toString());

        assertThat(cli("kafka", "start", "--port", "0")).isEqualTo(Cli.FAILED);
        assertThat(err()).contains(
                "kafka: the local broker runs from a source checkout: run ./studio kafka start there");
    }

    @Test
    void startLeavesABrokerRunningUntilStop() throws Exception {
        System.setProperty(CONFIG_DIR_PROPERTY, dir.toString());
        System.setProperty(CLASSPATH_PROPERTY, TestKafka.classPathFile().toString());

        long started = System.nanoTime();
        assertThat(cli("kafka", "start", "--port", "0")).as(err()).isEqualTo(Cli.OK);
        System.out.printf("./studio kafka start took %.1f s%n", (System.nanoTime() - started) / 1e9);
        Matcher running = Pattern.compile("Kafka is running at (127\\.0\\.0\\.1:\\d+) \\(data in (.+)\\)\n")
                .matcher(out());
        assertThat(running.matches()).as(out()).isTrue();
        String bootstrap = running.group(1);
        assertThat(Path.of(running.group(2))).isEqualTo(dir.resolve("kafka"));
        assertThat(KafkaLines.produce(bootstrap, "demo", List.of("hello"))).isEqualTo(1);

        assertThat(cli("kafka", "start")).as(err()).isEqualTo(Cli.OK);
        assertThat(out()).startsWith("Kafka is already running at " + bootstrap);

        long pid = Long.parseLong(Files.readAllLines(dir.resolve("kafka/broker.state")).stream()
                .filter(line -> line.startsWith("pid=")).findFirst().orElseThrow().substring(4));
        assertThat(cli("kafka", "stop")).isEqualTo(Cli.OK);
        assertThat(out()).startsWith("stopped the Kafka broker at " + bootstrap);
        assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive)).isEmpty();
        assertThat(dir.resolve("kafka/broker.state")).doesNotExist();

        assertThat(cli("kafka", "stop")).isEqualTo(Cli.OK);
        assertThat(out()).isEqualTo("no Kafka broker is running\n");
    }

    private int cli(String... args) {
        out.reset();
        err.reset();
        return Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
