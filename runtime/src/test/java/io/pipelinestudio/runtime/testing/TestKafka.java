package io.pipelinestudio.runtime.testing;

import io.pipelinestudio.runtime.kafka.LocalKafkaBroker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/** One real Kafka broker per test JVM, started on first use in a temporary folder, stopped when the JVM exits. */
public final class TestKafka {
    /** Set by surefire (runtime/pom.xml): the broker's class path, written by the local-kafka module. */
    public static final String CLASSPATH_FILE_PROPERTY = "kafka.broker.classpath.file";
    private static final AtomicInteger TOPICS = new AtomicInteger();
    private static LocalKafkaBroker broker;

    private TestKafka() {}

    public static synchronized LocalKafkaBroker shared() {
        if (broker == null) {
            try {
                Path dataDir = Files.createTempDirectory("test-kafka");
                broker = LocalKafkaBroker.start(dataDir, 0, LocalKafkaBroker.classPathFrom(classPathFile()));
                LocalKafkaBroker started = broker;
                // the broker's own hook would stop it too; this one also removes its data once it has stopped
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    started.close();
                    deleteQuietly(dataDir);
                }, "stop-test-kafka"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while the test Kafka broker started", e);
            }
        }
        return broker;
    }

    /** A topic no other test uses, created on the shared broker with the given partition count. */
    public static String newTopic(String prefix, int partitions) {
        String topic = prefix + "-" + TOPICS.incrementAndGet();
        shared().createTopic(topic, partitions);
        return topic;
    }

    /** The broker class path file; outside Maven, point the property at local-kafka/target/broker.classpath. */
    public static Path classPathFile() {
        String file = System.getProperty(CLASSPATH_FILE_PROPERTY);
        if (file == null || file.isBlank()) {
            throw new IllegalStateException("Expected the system property " + CLASSPATH_FILE_PROPERTY
                    + " (set by surefire in runtime/pom.xml) but it is not set");
        }
        return Paths.get(file);
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a temporary folder left behind is harmless
        }
    }
}
