package io.pipelinestudio.app.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Run parameters per pipeline file in settings.json: kept across launches, bounded, newest first. */
class RunParametersSettingsTest {
    @TempDir
    Path dir;

    @Test
    void parametersPerFileSurviveTheSettingsFileAndTheOldestAreForgottenFirst() {
        Settings settings = Settings.defaults();
        for (int i = 0; i < Settings.MAX_REMEMBERED_PARAMETERS + 5; i++) {
            settings = settings.withRunParameters("/p/" + i + ".json", Map.of("input", "in-" + i + ".csv"));
        }
        settings = settings.withRunParameters("/p/10.json", Map.of("input", "again.csv"));
        SettingsStore store = new SettingsStore(dir);
        store.save(settings);

        Settings read = store.load();

        assertThat(read.runParameters()).hasSize(Settings.MAX_REMEMBERED_PARAMETERS);
        assertThat(read.runParameters().keySet()).first().isEqualTo("/p/10.json");
        assertThat(read.runParametersOf("/p/10.json")).containsExactly(Map.entry("input", "again.csv"));
        assertThat(read.runParametersOf("/p/54.json")).containsExactly(Map.entry("input", "in-54.csv"));
        assertThat(read.runParametersOf("/p/0.json")).as("the oldest").isEmpty();
    }

    @Test
    void settingsWrittenBeforeParametersWereRememberedStillRead() throws Exception {
        Files.writeString(dir.resolve("settings.json"), "{\"theme\":\"DARK\",\"recentFiles\":[\"/a.json\"]}");

        Settings read = new SettingsStore(dir).load();

        assertThat(read.recentFiles()).containsExactly("/a.json");
        assertThat(read.runParameters()).isEmpty();
        assertThat(read.runParametersOf("/a.json")).isEmpty();
    }
}
