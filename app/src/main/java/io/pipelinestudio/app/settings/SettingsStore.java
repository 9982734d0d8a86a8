package io.pipelinestudio.app.settings;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.pipelinestudio.model.file.AtomicFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads and writes settings.json in the config folder; a missing or unreadable file means defaults. */
public final class SettingsStore {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final Path file;

    public SettingsStore(Path directory) {
        this.file = directory.resolve("settings.json");
    }

    public Settings load() {
        if (!Files.isRegularFile(file)) {
            return Settings.defaults();
        }
        try {
            return MAPPER.readValue(file.toFile(), Settings.class);
        } catch (IOException e) {
            System.err.println("Ignoring unreadable settings " + file + ": " + e.getMessage() + keptAside(file));
            return Settings.defaults();
        }
    }

    /** Writes atomically; call it off the FX thread. */
    public void save(Settings settings) {
        try {
            AtomicFile.write(file, MAPPER.writeValueAsBytes(settings));
        } catch (IOException e) {
            System.err.println("Could not save settings to " + file + ": " + e.getMessage());
        }
    }

    /** Moves an unreadable file aside, so that saving the defaults does not destroy it; says where it went. */
    static String keptAside(Path file) {
        try {
            return "; it was kept as " + AtomicFile.keepUnreadable(file).getFileName();
        } catch (IOException e) {
            return "; it could not be moved aside: " + e.getMessage();
        }
    }
}
