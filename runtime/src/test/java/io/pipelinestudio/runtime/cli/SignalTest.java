package io.pipelinestudio.runtime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./studio run} stopped by SIGTERM (what {@code kill} and a closing terminal send; Ctrl+C's SIGINT takes
 * the same path through the JVM's shutdown hooks) in its own JVM: it says it was stopped and leaves no
 * half-written {@code .inprogress} file, and no output file under its own name.
 */
class SignalTest {
    @TempDir
    Path dir;

    @Test
    void sigtermStopsARunSayingSoAndLeavesNoInProgressFile() throws Exception {
        Path output = dir.resolve("live.csv");
        Path pipeline = Files.writeString(dir.resolve("live.json"), """
                {"formatVersion": 1, "name": "live",
                 "nodes": [{"kind": "generator", "id": "events", "recordsPerSecond": 200, "keys": 4},
                           {"kind": "csv-sink", "id": "out", "path": "%s"}],
                 "edges": [{"from": "events", "to": "out"}]}
                """.formatted(output));
        List<String> command = new ArrayList<>();
        command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        // Flink's --add-opens, as the launcher passes them
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("--add-opens") || a.startsWith("--add-exports")).forEach(command::add);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Cli.class.getName(), "run",
                pipeline.toString(), "--mode", "streaming"));
        Path stderr = dir.resolve("stderr.txt");
        Process run = new ProcessBuilder(command).directory(dir.toFile()).redirectError(stderr.toFile())
                .redirectOutput(dir.resolve("stdout.txt").toFile()).start();
        try {
            Path inProgress = dir.resolve("live.csv.inprogress");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            while (!(Files.exists(inProgress) && Files.size(inProgress) > 0) && System.nanoTime() < deadline) {
                assertThat(run.isAlive()).as("the run is still going; stderr: %s", read(stderr)).isTrue();
                Thread.sleep(200);
            }
            assertThat(inProgress).as("lines being written").exists();

            run.destroy(); // SIGTERM
            assertThat(run.waitFor(60, TimeUnit.SECONDS)).as("the run ends after SIGTERM").isTrue();

            assertThat(read(stderr)).contains("live: stopped by a signal after")
                    .contains("removed 1 unfinished .inprogress file; no output file was replaced")
                    .doesNotContain("\tat ");
            assertThat(inProgress).doesNotExist();
            assertThat(output).doesNotExist();
        } finally {
            run.destroyForcibly();
        }
    }

    private static String read(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file) : "";
    }
}
