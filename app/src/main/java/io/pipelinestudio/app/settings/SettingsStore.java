package io.pipelinestudio.app.settings;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

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
            System.err.println("Ignoring unreadable settings " + file + ": " + e.getMessage());
            return Settings.defaults();
        }
    }

    /** Writes atomically; call it off the FX thread. */
    public void save(Settings settings) {
        try {
            Files.createDirectories(file.getParent());
            Path temp = file.resolveSibling("settings.json.saving");
            MAPPER.writeValue(temp.toFile(), settings);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            System.err.println("Could not save settings to " + file + ": " + e.getMessage());
        }
    }
}
