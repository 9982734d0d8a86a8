package io.pipelinestudio.app.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pipelinestudio.app.settings.Settings;
import io.pipelinestudio.app.settings.SettingsStore;
import io.pipelinestudio.model.Pipeline;
import io.pipelinestudio.model.json.PipelineJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecoveryTest {
    @TempDir
    Path config;

    private final Pipeline work = Pipeline.of("work", List.of(), List.of());

    @Test
    void theCopyGivesBackThePipelineAndTheFileItBelongsTo() throws Exception {
        Recovery recovery = new Recovery(config);
        Path file = config.resolve("mine.json");

        recovery.write(work, file);

        assertThat(recovery.read()).contains(new Recovery.Recovered(work, file.toAbsolutePath()));
    }

    @Test
    void aDamagedCopyIsKeptAsideAndReportedNotOverwritten() throws Exception {
        Recovery recovery = new Recovery(config);
        Path copy = config.resolve("recovery").resolve("autosave.json");
        Files.createDirectories(copy.getParent());
        Files.writeString(copy, "{\"origin\": null, \"pipeline\": {\"formatVersion\": 1, \"nodes\": [");

        assertThatThrownBy(recovery::read).isInstanceOf(IOException.class)
                .hasMessageContaining("damaged").hasMessageContaining("kept as");

        assertThat(recovery.exists()).isFalse();
        assertThat(Files.readString(keptAside(copy))).startsWith("{\"origin\": null, \"pipeline\"");
    }

    @Test
    void aCopyTheFileAlreadyHoldsIsNotOffered() throws Exception {
        // a kill after the save reached the disk and before the copy was removed
        Recovery recovery = new Recovery(config);
        Path file = config.resolve("saved.json");
        PipelineJson.write(work, file);
        recovery.write(work, file);

        assertThat(recovery.read()).isEmpty();
        assertThat(recovery.exists()).isFalse();
    }

    @Test
    void aCopyFromAnEarlierVersionIsStillOffered() throws Exception {
        // earlier versions kept a bare pipeline file and its origin in a second file
        Path folder = Files.createDirectories(config.resolve("recovery"));
        PipelineJson.write(work, folder.resolve("autosave.json"));
        Files.writeString(folder.resolve("autosave.origin"), "/tmp/elsewhere.json");

        assertThat(new Recovery(config).read()).contains(new Recovery.Recovered(work, Path.of("/tmp/elsewhere.json")));
    }

    @Test
    void unreadableSettingsAreKeptAsideBeforeTheDefaultsReplaceThem() throws Exception {
        Path settings = config.resolve("settings.json");
        Files.writeString(settings, "{ not json");
        SettingsStore store = new SettingsStore(config);

        assertThat(store.load()).isEqualTo(Settings.defaults());
        store.save(Settings.defaults());

        assertThat(Files.readString(keptAside(settings))).isEqualTo("{ not json");
    }

    /** The unreadable file moved aside beside {@code file}. */
    private static Path keptAside(Path file) throws IOException {
        try (Stream<Path> files = Files.list(file.getParent())) {
            return files.filter(f -> f.getFileName().toString().startsWith(file.getFileName() + ".unreadable-"))
                    .findFirst().orElseThrow(() -> new AssertionError("Expected " + file + " to be kept aside"));
        }
    }
}
