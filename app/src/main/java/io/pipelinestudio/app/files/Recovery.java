package io.pipelinestudio.app.files;

import io.pipelinestudio.model.Pipeline;
import io.pipelinestudio.model.json.PipelineFormatException;
import io.pipelinestudio.model.json.PipelineJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The autosave copy of unsaved work in the config folder. It exists only while there are unsaved
 * changes, so finding one at start means the last session ended without saving them.
 */
public final class Recovery {
    private final Path copy;
    private final Path origin;

    public Recovery(Path directory) {
        this.copy = directory.resolve("recovery").resolve("autosave.json");
        this.origin = directory.resolve("recovery").resolve("autosave.origin");
    }

    /** What was recovered: the pipeline and the file it belonged to, if it had one. */
    public record Recovered(Pipeline pipeline, Path file) {}

    /** Writes the copy; call it off the FX thread. */
    public void write(Pipeline pipeline, Path file) throws IOException {
        Files.createDirectories(copy.getParent());
        PipelineJson.write(pipeline, copy);
        Files.writeString(origin, file == null ? "" : file.toAbsolutePath().toString(), StandardCharsets.UTF_8);
    }

    public Optional<Recovered> read() {
        if (!Files.isRegularFile(copy)) {
            return Optional.empty();
        }
        try {
            Pipeline pipeline = PipelineJson.read(copy);
            String from = Files.isRegularFile(origin) ? Files.readString(origin, StandardCharsets.UTF_8).trim() : "";
            return Optional.of(new Recovered(pipeline, from.isEmpty() ? null : Path.of(from)));
        } catch (PipelineFormatException | IOException e) {
            return Optional.empty();
        }
    }

    public boolean exists() {
        return Files.isRegularFile(copy);
    }

    public void clear() {
        try {
            Files.deleteIfExists(copy);
            Files.deleteIfExists(origin);
        } catch (IOException e) {
            System.err.println("Could not delete the recovery copy " + copy + ": " + e.getMessage());
        }
    }
}
