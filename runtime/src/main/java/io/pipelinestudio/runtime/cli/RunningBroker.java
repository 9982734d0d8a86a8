package io.pipelinestudio.runtime.cli;

import io.pipelinestudio.runtime.kafka.LocalKafkaBroker;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/** The broker {@code ./studio kafka start} left running, as recorded in its state file: its pid and address. */
record RunningBroker(long pid, String bootstrapServers) {
    private static final String PID = "pid";
    private static final String BOOTSTRAP = "bootstrap.servers";

    /** The recorded broker if its process still runs; a stale or unreadable file counts as none. */
    static Optional<RunningBroker> read(Path stateFile) {
        if (!Files.isRegularFile(stateFile)) {
            return Optional.empty();
        }
        Properties props = new Properties();
        try (Reader reader = Files.newBufferedReader(stateFile, StandardCharsets.UTF_8)) {
            props.load(reader);
            RunningBroker broker = new RunningBroker(Long.parseLong(props.getProperty(PID, "").trim()),
                    props.getProperty(BOOTSTRAP, ""));
            return broker.process().isPresent() ? Optional.of(broker) : Optional.empty();
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    void write(Path stateFile) throws IOException {
        Properties props = new Properties();
        props.setProperty(PID, Long.toString(pid));
        props.setProperty(BOOTSTRAP, bootstrapServers);
        try (Writer writer = Files.newBufferedWriter(stateFile, StandardCharsets.UTF_8)) {
            props.store(writer, "the Kafka broker ./studio kafka start left running");
        }
    }

    /**
     * The live process, unless the pid now belongs to something else: pids are reused after a reboot, and
     * stop must never end a stranger's process.
     */
    Optional<ProcessHandle> process() {
        return ProcessHandle.of(pid).filter(LocalKafkaBroker::isLocalBroker);
    }
}
