package io.pipelinestudio.runtime.kafka;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * A real Kafka broker in KRaft mode (one node, broker and controller at once) running as its own JVM on
 * the loopback interface, for tests and demos.
 */
public final class LocalKafkaBroker implements AutoCloseable {
    static final String HOST = "127.0.0.1";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(15);
    private static final String OUTPUT_FILE = "broker.out";
    private static final int LOG_TAIL_LINES = 40;
    /**
     * Names our broker JVMs among all processes: Linux reports only the first 4096 bytes of a command line,
     * which the long class path fills before the main class, so the marker comes first.
     */
    private static final String MARKER = "-Dpipelinestudio.local-kafka=true";

    private final Process process;
    private final String bootstrapServers;
    private final Thread shutdownHook;
    private boolean closed;

    private LocalKafkaBroker(Process process, String bootstrapServers, boolean stopWithThisJvm) {
        this.process = process;
        this.bootstrapServers = bootstrapServers;
        this.shutdownHook = stopWithThisJvm ? new Thread(this::stopOnce, "stop-local-kafka-" + process.pid()) : null;
        if (shutdownHook != null) {
            Runtime.getRuntime().addShutdownHook(shutdownHook);
        }
    }

    /**
     * Starts a broker with its data in dataDir; port 0 picks a free one; waits until it answers (Admin
     * describeCluster) or fails with its log tail within 60 s. A shutdown hook stops it if close() is never called.
     */
    public static LocalKafkaBroker start(Path dataDir, int port, List<Path> classPath)
            throws IOException, InterruptedException {
        return start(dataDir, port, classPath, true);
    }

    /** Like {@link #start}, but the broker outlives this JVM (for {@code ./studio kafka start}); stop it by its pid. */
    public static LocalKafkaBroker startDetached(Path dataDir, int port, List<Path> classPath)
            throws IOException, InterruptedException {
        return start(dataDir, port, classPath, false);
    }

    /** The class path written by the local-kafka module (a file of path-separator-separated jars). */
    public static List<Path> classPathFrom(Path classPathFile) throws IOException {
        String text = Files.readString(classPathFile, StandardCharsets.UTF_8).trim();
        List<Path> jars = Arrays.stream(text.split(File.pathSeparator))
                .filter(entry -> !entry.isBlank())
                .map(Path::of)
                .collect(Collectors.toList());
        if (jars.isEmpty()) {
            throw new IOException("Expected a class path in " + classPathFile + " but the file is empty");
        }
        for (Path jar : jars) {
            if (!Files.exists(jar)) {
                throw new IOException("Expected the jars listed in " + classPathFile + " to exist but " + jar
                        + " is missing; rebuild the list with: mvn -pl local-kafka generate-resources");
            }
        }
        return jars;
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    public long pid() {
        return process.pid();
    }

    /** Creates a topic (one replica) and waits until the controller has; a topic that already exists is fine. */
    public void createTopic(String topic, int partitions) {
        Admin admin = KafkaClients.admin(bootstrapServers);
        try {
            admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1))).all().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new KafkaAccessException("cannot create topic " + topic + " at " + bootstrapServers + ": "
                        + KafkaClients.rootMessage(e), e);
            }
        } catch (java.util.concurrent.TimeoutException e) {
            throw new KafkaAccessException("cannot create topic " + topic + " at " + bootstrapServers
                    + ": no answer within 30 s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaAccessException("interrupted while creating topic " + topic, e);
        } finally {
            admin.close(KafkaClients.CLOSE_TIMEOUT);
        }
    }

    /** Stops the broker JVM: politely first (it flushes its logs), forcibly after 15 s; idempotent. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        if (shutdownHook != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException alreadyShuttingDown) {
                // the hook is running or about to; stopping twice is harmless
            }
        }
        stopOnce();
    }

    private synchronized void stopOnce() {
        if (closed) {
            return;
        }
        closed = true;
        stopProcess(process.toHandle());
    }

    /**
     * Whether a process is a broker this class started, so that a pid reused by another program after a
     * reboot is never stopped; a process that hides its command line counts as one.
     */
    public static boolean isLocalBroker(ProcessHandle process) {
        return process.isAlive() && process.info().commandLine().map(line -> line.contains(MARKER)).orElse(true);
    }

    /** Stops a broker process, this JVM's child or not: SIGTERM, then SIGKILL after 15 s. */
    public static void stopProcess(ProcessHandle broker) {
        broker.destroy();
        try {
            broker.onExit().get(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            broker.destroyForcibly();
        } catch (InterruptedException e) {
            broker.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static LocalKafkaBroker start(Path dataDir, int port, List<Path> classPath, boolean stopWithThisJvm)
            throws IOException, InterruptedException {
        Files.createDirectories(dataDir);
        int brokerPort = port == 0 ? freePort() : port;
        Path serverProperties = BrokerConfig.writeServerProperties(dataDir, brokerPort, freePort());
        Path logConfig = BrokerConfig.writeLogConfig(dataDir);
        String classPathText = classPath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
        if (!BrokerConfig.isFormatted(dataDir)) {
            format(dataDir, serverProperties, logConfig, classPathText);
        }
        Process process = launch(dataDir, javaCommand(logConfig, classPathText, "kafka.Kafka",
                serverProperties.toString()));
        // built before waiting, so that its shutdown hook already covers an exit while the broker starts
        LocalKafkaBroker broker = new LocalKafkaBroker(process, HOST + ":" + brokerPort, stopWithThisJvm);
        try {
            awaitAnswer(process, broker.bootstrapServers, dataDir);
        } catch (IOException | InterruptedException | RuntimeException e) {
            broker.close();
            throw e;
        }
        return broker;
    }

    /** {@code kafka-storage format}: a KRaft broker refuses to start on an unformatted log folder. */
    private static void format(Path dataDir, Path serverProperties, Path logConfig, String classPath)
            throws IOException, InterruptedException {
        Process format = launch(dataDir, javaCommand(logConfig, classPath, "kafka.tools.StorageTool", "format",
                "--cluster-id", Uuid.randomUuid().toString(), "--config", serverProperties.toString()));
        if (!format.waitFor(START_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
            format.destroyForcibly();
            throw new IOException("Formatting the Kafka data folder " + dataDir + " did not finish within "
                    + START_TIMEOUT.toSeconds() + " s" + tail(dataDir));
        }
        if (format.exitValue() != 0) {
            throw new IOException("Formatting the Kafka data folder " + dataDir + " failed with exit code "
                    + format.exitValue() + tail(dataDir));
        }
    }

    private static List<String> javaCommand(Path logConfig, String classPath, String mainClass, String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                MARKER,
                "-Xmx512m",
                // a single-node broker needs neither G1's threads nor its footprint
                "-XX:+UseSerialGC",
                "-Djava.awt.headless=true",
                "-Dlog4j2.configurationFile=" + logConfig.toUri(),
                "-cp", classPath,
                mainClass));
        command.addAll(List.of(args));
        return command;
    }

    /** Output to a file, never a pipe to us: a detached broker must not block on a pipe nobody reads. */
    private static Process launch(Path dataDir, List<String> command) throws IOException {
        return new ProcessBuilder(command)
                .directory(dataDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(dataDir.resolve(OUTPUT_FILE).toFile())
                .start();
    }

    private static void awaitAnswer(Process process, String bootstrap, Path dataDir)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        Admin admin = KafkaClients.admin(bootstrap);
        try {
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IOException("The Kafka broker exited with code " + process.exitValue()
                            + " while starting" + tail(dataDir));
                }
                try {
                    if (!admin.describeCluster(new DescribeClusterOptions().timeoutMs(2000)).nodes().get().isEmpty()) {
                        return;
                    }
                } catch (ExecutionException notYet) {
                    Thread.sleep(200);
                }
            }
        } finally {
            admin.close(KafkaClients.CLOSE_TIMEOUT);
        }
        throw new IOException("The Kafka broker did not answer at " + bootstrap + " within "
                + START_TIMEOUT.toSeconds() + " s" + tail(dataDir));
    }

    /** The end of the broker's log and console output, which say why it did not start. */
    private static String tail(Path dataDir) {
        StringBuilder text = new StringBuilder();
        for (String name : List.of(BrokerConfig.LOG_FILE, OUTPUT_FILE)) {
            Path file = dataDir.resolve(name);
            try {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                if (!lines.isEmpty()) {
                    text.append("\n--- last lines of ").append(file).append(" ---\n")
                            .append(String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES),
                                    lines.size())));
                }
            } catch (IOException missingOrUnreadable) {
                // the other file may still say enough
            }
        }
        return text.toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
            return socket.getLocalPort();
        }
    }
}
