package io.pipelinestudio.app.settings;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.pipelinestudio.model.validate.ExecutionMode;
import io.pipelinestudio.model.file.AtomicFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What Run, Deploy to Cluster remembers between launches: the cluster's REST address, the execution mode,
 * the parallelism, and the directory Stop with Savepoint last wrote to (null: not chosen yet). Kept in
 * deploy.json beside settings.json; a missing or unreadable file means defaults.
 */
public record DeploySettings(String clusterAddress, ExecutionMode mode, int parallelism, String savepointDirectory) {
    public static final String DEFAULT_ADDRESS = "http://localhost:8081";
    private static final String FILE = "deploy.json";
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    public DeploySettings {
        clusterAddress = clusterAddress == null || clusterAddress.isBlank() ? DEFAULT_ADDRESS : clusterAddress.strip();
        mode = mode == null ? ExecutionMode.STREAMING : mode;
        parallelism = Math.max(0, parallelism);
        savepointDirectory = savepointDirectory == null || savepointDirectory.isBlank() ? null
                : savepointDirectory.strip();
    }

    public static DeploySettings defaults() {
        return new DeploySettings(DEFAULT_ADDRESS, ExecutionMode.STREAMING, 0, null);
    }

    public DeploySettings withSavepointDirectory(String directory) {
        return new DeploySettings(clusterAddress, mode, parallelism, directory);
    }

    public static DeploySettings load(Path directory) {
        Path file = directory.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return defaults();
        }
        try {
            return MAPPER.readValue(file.toFile(), DeploySettings.class);
        } catch (IOException e) {
            System.err.println("Ignoring unreadable deploy settings " + file + ": " + e.getMessage()
                    + SettingsStore.keptAside(file));
            return defaults();
        }
    }

    /** Writes atomically; call it off the FX thread. */
    public void save(Path directory) {
        Path file = directory.resolve(FILE);
        try {
            AtomicFile.write(file, MAPPER.writeValueAsBytes(this));
        } catch (IOException e) {
            System.err.println("Could not save deploy settings to " + file + ": " + e.getMessage());
        }
    }
}
