package io.pipelinestudio.app.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FirstRunTest {
    @TempDir
    Path config;

    @Test
    void aNewUserHasNotSeenTheExamplesAndOnceMarkedTheyStaySeen() {
        assertThat(new FirstRun(config.resolve("pipeline-studio")).examplesShown()).isFalse();

        new FirstRun(config.resolve("pipeline-studio")).markExamplesShown();

        assertThat(new FirstRun(config.resolve("pipeline-studio")).examplesShown()).isTrue();
    }
}
