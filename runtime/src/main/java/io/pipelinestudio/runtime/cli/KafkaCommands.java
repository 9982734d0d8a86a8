package io.pipelinestudio.runtime.cli;

import io.pipelinestudio.runtime.kafka.KafkaAccessException;
import io.pipelinestudio.runtime.kafka.KafkaLines;
import io.pipelinestudio.runtime.kafka.LocalKafkaBroker;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The {@code kafka} commands: a local broker ({@code start}, {@code stop}) and lines in and out of topics. */
final class KafkaCommands {
    /** The file listing the broker's jars; only a source checkout's launcher sets it (the jars come from Maven). */
    static final String CLASSPATH_PROPERTY = "studio.kafka.classpath";
    static final String SUBCOMMANDS = "start, produce, consume or stop";
    private static final int DEFAULT_PORT = 9092;
    private static final String STATE_FILE = "broker.state";

    private final PrintStream out;
    private final PrintStream err;

    KafkaCommands(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> args) throws CliException {
        if (args.isEmpty()) {
            throw new CliException(Cli.INVALID, "kafka: expected " + SUBCOMMANDS);
        }
        List<String> rest = args.subList(1, args.size());
        try {
            switch (args.get(0)) {
                case "start":
                    return start(noPositional(Arguments.parse(rest, List.of("--port"))));
                case "stop":
                    noPositional(Arguments.parse(rest, List.of()));
                    return stop();
                case "produce":
                    return produce(Arguments.parse(rest, List.of("--bootstrap", "--topic")));
                case "consume":
                    return consume(noPositional(Arguments.parse(rest,
                            List.of("--bootstrap", "--topic", "--max", "--timeout"))));
                default:
                    throw new CliException(Cli.INVALID, "kafka: expected " + SUBCOMMANDS + " but got '"
                            + args.get(0) + "'");
            }
        } catch (KafkaAccessException e) {
            err.println("error: " + e.getMessage());
            if (args.contains("--verbose") || args.contains("-v")) {
                e.printStackTrace(err);
            }
            return Cli.FAILED;
        }
    }

    private int produce(Arguments args) throws CliException {
        String bootstrap = bootstrap(args);
        String topic = required(args, "--topic", "a topic name");
        if (args.positional.size() != 1) {
            throw new CliException(Cli.INVALID, "kafka produce: expected one file of lines but got "
                    + args.positional.size() + (args.positional.isEmpty() ? "" : ": " + args.positional));
        }
        Path file = Paths.get(args.positional.get(0));
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CliException(Cli.INVALID, file + ": cannot read it (" + e.getMessage() + ")");
        }
        int produced = KafkaLines.produce(bootstrap, topic, lines);
        out.println("produced " + produced + " messages to " + topic);
        return Cli.OK;
    }

    private int consume(Arguments args) throws CliException {
        String bootstrap = bootstrap(args);
        String topic = required(args, "--topic", "a topic name");
        int max = args.intOption("--max", Integer.MAX_VALUE);
        int timeoutSeconds = args.intOption("--timeout", 5);
        if (max < 1 || timeoutSeconds < 1) {
            throw new CliException(Cli.INVALID, "kafka consume: --max and --timeout expect a number of at least 1");
        }
        List<String> values = KafkaLines.consumeCommitted(bootstrap, topic, max, Duration.ofSeconds(timeoutSeconds));
        values.forEach(out::println);
        // to stderr, so that stdout holds the messages alone; says "0" rather than leaving a typo silent
        err.println("read " + values.size() + " committed " + (values.size() == 1 ? "message" : "messages")
                + " from " + topic);
        return Cli.OK;
    }

    private int start(Arguments args) throws CliException {
        int port = args.intOption("--port", DEFAULT_PORT);
        Path dataDir = dataDir();
        Path stateFile = dataDir.resolve(STATE_FILE);
        Optional<RunningBroker> running = RunningBroker.read(stateFile);
        if (running.isPresent()) {
            out.println("Kafka is already running at " + running.get().bootstrapServers() + " (pid "
                    + running.get().pid() + ", data in " + dataDir + ")");
            return Cli.OK;
        }
        List<Path> classPath = brokerClassPath();
        requireFreePort(port);
        try {
            LocalKafkaBroker broker = LocalKafkaBroker.startDetached(dataDir, port, classPath);
            new RunningBroker(broker.pid(), broker.bootstrapServers()).write(stateFile);
            out.println("Kafka is running at " + broker.bootstrapServers() + " (data in " + dataDir + ")");
            return Cli.OK;
        } catch (IOException e) {
            throw new CliException(Cli.FAILED, "kafka: the broker did not start: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliException(Cli.FAILED, "kafka: interrupted while the broker started");
        }
    }

    private int stop() throws CliException {
        Path stateFile = dataDir().resolve(STATE_FILE);
        Optional<RunningBroker> running = RunningBroker.read(stateFile);
        Optional<ProcessHandle> process = running.flatMap(RunningBroker::process);
        if (process.isPresent()) {
            LocalKafkaBroker.stopProcess(process.get());
            out.println("stopped the Kafka broker at " + running.get().bootstrapServers() + " (pid "
                    + running.get().pid() + ")");
        } else {
            out.println("no Kafka broker is running");
        }
        try {
            Files.deleteIfExists(stateFile);
        } catch (IOException e) {
            throw new CliException(Cli.FAILED, "kafka: cannot remove " + stateFile + ": " + e.getMessage());
        }
        return Cli.OK;
    }

    private static Path dataDir() {
        return UserConfigFolder.resolve().resolve("kafka");
    }

    private static List<Path> brokerClassPath() throws CliException {
        String file = System.getProperty(CLASSPATH_PROPERTY);
        if (file == null || file.isBlank() || !Files.isRegularFile(Paths.get(file))) {
            throw new CliException(Cli.FAILED, "kafka: the local broker runs from a source checkout: run "
                    + "./studio kafka start there (its jars come from Maven)");
        }
        try {
            return LocalKafkaBroker.classPathFrom(Paths.get(file));
        } catch (IOException e) {
            throw new CliException(Cli.FAILED, "kafka: " + e.getMessage());
        }
    }

    /** A clear word now rather than the broker's bind failure deep in its log. */
    private static void requireFreePort(int port) throws CliException {
        if (port == 0) {
            return;
        }
        if (port < 0 || port > 65535) {
            throw new CliException(Cli.INVALID, "--port expects 0 (any free port) to 65535 but got " + port);
        }
        try (ServerSocket probe = new ServerSocket(port, 1, InetAddress.getByName("127.0.0.1"))) {
            // free: the broker binds it a moment later
        } catch (IOException e) {
            throw new CliException(Cli.FAILED, "kafka: port " + port + " is in use; choose another with --port N "
                    + "(0 picks a free one)");
        }
    }

    private static String bootstrap(Arguments args) throws CliException {
        String bootstrap = required(args, "--bootstrap", "the broker's HOST:PORT, like 127.0.0.1:9092");
        if (!bootstrap.matches("[^\\s:,]+:\\d{1,5}")) {
            throw new CliException(Cli.INVALID, "--bootstrap expects HOST:PORT, like 127.0.0.1:9092, but got '"
                    + bootstrap + "'");
        }
        return bootstrap;
    }

    private static String required(Arguments args, String option, String expected) throws CliException {
        String value = args.options.get(option);
        if (value == null || value.isBlank()) {
            throw new CliException(Cli.INVALID, option + " is required: " + expected);
        }
        return value;
    }

    private static Arguments noPositional(Arguments args) throws CliException {
        if (!args.positional.isEmpty()) {
            throw new CliException(Cli.INVALID, "kafka: unexpected argument " + args.positional.get(0));
        }
        return args;
    }
}
