package io.pipelinestudio.app.files;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pipelinestudio.model.Pipeline;
import io.pipelinestudio.model.file.AtomicFile;
import io.pipelinestudio.model.json.PipelineFormatException;
import io.pipelinestudio.model.json.PipelineJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The copy of unsaved work in the config folder. It exists only while there are unsaved changes, so
 * finding one at start means the last session ended without saving them.
 *
 * <p>The pipeline and the file it belongs to are one JSON document replaced in one step: a crash between
 * two separate files could pair the work with the wrong file, and a later Save would overwrite that file.
 */
public final class Recovery {
    private static final ObjectMapper JSON = PipelineJson.mapper();

    private final Path copy;
    /** Where earlier versions kept the file's path, beside a bare pipeline copy. */
    private final Path legacyOrigin;

    public Recovery(Path directory) {
        this.copy = directory.resolve("recovery").resolve("autosave.json");
        this.legacyOrigin = directory.resolve("recovery").resolve("autosave.origin");
    }

    /** What was recovered: the pipeline and the file it belonged to, if it had one. */
    public record Recovered(Pipeline pipeline, Path file) {}

    /** Replaces the copy; call it off the FX thread. */
    public void write(Pipeline pipeline, Path file) throws IOException {
        ObjectNode envelope = JSON.createObjectNode();
        envelope.put("origin", file == null ? null : file.toAbsolutePath().toString());
        envelope.set("pipeline", JSON.readTree(PipelineJson.write(pipeline)));
        AtomicFile.write(copy, JSON.writeValueAsString(envelope) + "\n");
        Files.deleteIfExists(legacyOrigin);
    }

    /**
     * The unsaved work, if there is any that its file does not already hold. A copy that cannot be read is
     * moved aside (never overwritten by the next autosave) and reported as an {@link IOException}.
     */
    public Optional<Recovered> read() throws IOException {
        if (!Files.isRegularFile(copy)) {
            return Optional.empty();
        }
        Recovered recovered;
        try {
            recovered = parse(Files.readString(copy, StandardCharsets.UTF_8));
        } catch (PipelineFormatException | IOException e) {
            Path aside = AtomicFile.keepUnreadable(copy);
            throw new IOException("it is damaged (" + e.getMessage() + "); it was kept as " + aside, e);
        }
        if (recovered.file() != null && holds(recovered.file(), recovered.pipeline())) {
            // killed after the save reached the disk but before the copy went: there is nothing to restore
            clear();
            return Optional.empty();
        }
        return Optional.of(recovered);
    }

    private Recovered parse(String text) throws IOException, PipelineFormatException {
        JsonNode root = JSON.readTree(text);
        if (root != null && root.has("formatVersion")) {
            String from = Files.isRegularFile(legacyOrigin) ? Files.readString(legacyOrigin, StandardCharsets.UTF_8).trim() : "";
            return new Recovered(PipelineJson.read(text), from.isEmpty() ? null : Path.of(from));
        }
        if (root == null || !root.path("pipeline").isObject()) {
            throw new IOException("it holds no pipeline");
        }
        JsonNode origin = root.path("origin");
        Pipeline pipeline = PipelineJson.read(JSON.writeValueAsString(root.get("pipeline")));
        return new Recovered(pipeline, origin.isTextual() && !origin.asText().isEmpty() ? Path.of(origin.asText()) : null);
    }

    private static boolean holds(Path file, Pipeline pipeline) {
        try {
            return Files.isRegularFile(file) && PipelineJson.read(file).equals(pipeline);
        } catch (PipelineFormatException e) {
            return false;
        }
    }

    public boolean exists() {
        return Files.isRegularFile(copy);
    }

    public void clear() {
        try {
            Files.deleteIfExists(copy);
            Files.deleteIfExists(legacyOrigin);
        } catch (IOException e) {
            System.err.println("Could not delete the recovery copy " + copy + ": " + e.getMessage());
        }
    }
}
