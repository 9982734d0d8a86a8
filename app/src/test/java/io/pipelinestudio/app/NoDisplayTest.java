package io.pipelinestudio.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The designer started where no display can be opened: plain sentences and exit code 2, no stack trace or class name. */
class NoDisplayTest {
    @Test
    void theDesignerWithoutADisplaySaysSoAndExitsWithCode2(@TempDir Path config) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(option -> !option.startsWith("-agentlib") && !option.startsWith("-javaagent")
                        && !option.startsWith("-Dglass.platform") && !option.startsWith("-Dmonocle")
                        && !option.startsWith("-Dtestfx") && !option.startsWith("-Djava.awt.headless")).toList());
        command.add("-Dpipelinestudio.config.dir=" + config);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Main.class.getName());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        Process process = builder.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the designer gives up at once").isTrue();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.exitValue()).as(output).isEqualTo(DesignerLauncher.NO_DISPLAY);
        assertThat(output).contains("The designer needs a graphical display and could not open one (DISPLAY is not set).")
                .contains("'help' lists them")
                .doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("com.sun.");
    }
}
