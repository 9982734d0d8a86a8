package io.pipelinestudio.app.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pipelinestudio.model.validate.ExecutionMode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LaunchOptionsTest {
    @Test
    void aFileAloneOpensWithoutRunning() {
        LaunchOptions options = LaunchOptions.parse(List.of("p.json"));

        assertThat(options.file()).contains("p.json");
        assertThat(options.run()).isFalse();
        assertThat(options.present()).isFalse();
    }

    @Test
    void presentOpensInPresentationModeWithOrWithoutRunning() {
        assertThat(LaunchOptions.parse(List.of("p.json", "--run", "--present")).present()).isTrue();
        assertThat(LaunchOptions.parse(List.of("--present", "p.json")).run()).isFalse();
    }

    @Test
    void runModeAndParametersAreReadInAnyOrder() {
        LaunchOptions options = LaunchOptions.parse(List.of("--mode", "batch", "p.json", "--param", "input=a=b.csv",
                "--run", "--param", "output=out.csv"));

        assertThat(options.run()).isTrue();
        assertThat(options.mode()).isEqualTo(ExecutionMode.BATCH);
        assertThat(options.parameters()).isEqualTo(Map.of("input", "a=b.csv", "output", "out.csv"));
        assertThat(LaunchOptions.parse(List.of("--run")).mode()).isEqualTo(ExecutionMode.STREAMING);
    }

    @Test
    void mistakesAreExplained() {
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("p.json", "--mode", "fast")))
                .hasMessageContaining("batch or streaming");
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("p.json", "--param", "novalue")))
                .hasMessageContaining("name=value");
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("p.json", "--fast"))).hasMessageContaining("--fast");
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("p.json", "--mode"))).hasMessageContaining("after --mode");
    }
}
