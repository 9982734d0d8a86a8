package io.pipelinestudio.app.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.pipelinestudio.app.pages.PresentationPage;
import io.pipelinestudio.app.pages.RunPage;
import io.pipelinestudio.app.shell.Designer;
import io.pipelinestudio.app.support.Fx;
import io.pipelinestudio.app.support.ScriptedFileDialogs;
import io.pipelinestudio.runtime.run.RunState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** {@code ./studio PIPELINE.json --run --mode batch --param k=v}: the designer opens the file and runs it; {@code --present} presents it. */
class PresenterStartTest {
    @TempDir
    Path dir;
    private Designer designer;

    @AfterEach
    void close() throws Exception {
        if (designer != null) {
            Fx.run(() -> designer.autosave().stop());
        }
        FxToolkit.cleanupStages();
    }

    @Test
    void thePipelineNamedOnTheCommandLineOpensAndRunsInTheGivenModeWithTheGivenParameters() throws Exception {
        Path input = Files.write(dir.resolve("events.csv"), List.of("sensor-a,1700000000000", "sensor-b,1700000001000",
                "sensor-a,1700000012000"));
        Path output = dir.resolve("counts.csv");
        Path example = Path.of(System.getProperty("pipelinestudio.examples.dir"), "window-count.json");
        Path config = Files.createTempDirectory("studio-config");
        Stage stage = FxToolkit.registerPrimaryStage();

        Fx.run(() -> {
            designer = new Designer(stage, config, new ScriptedFileDialogs());
            stage.setWidth(1400);
            stage.setHeight(900);
            designer.show(List.of(example.toString(), "--run", "--mode", "batch", "--param", "input=" + input,
                    "--param", "output=" + output));
        });
        RunPage run = new RunPage(new FxRobot(), designer);

        RunPage.await("the run to finish", () -> run.state() == RunState.FINISHED);
        assertThat(Fx.get(() -> designer.document().pipeline().name())).isEqualTo("window-count");
        assertThat(Fx.get(() -> designer.runs().modeProperty().get()).name()).isEqualTo("BATCH");
        assertThat(Files.readAllLines(output)).containsExactlyInAnyOrder(
                "1700000000000,1700000010000,sensor-a,1", "1700000000000,1700000010000,sensor-b,1",
                "1700000010000,1700000020000,sensor-a,1");
    }

    @Test
    void presentOnTheCommandLineOpensTheWindowInPresentationMode() throws Exception {
        Path example = Path.of(System.getProperty("pipelinestudio.examples.dir"), "window-count.json");
        Path config = Files.createTempDirectory("studio-config");
        Stage stage = FxToolkit.registerPrimaryStage();

        Fx.run(() -> {
            designer = new Designer(stage, config, new ScriptedFileDialogs());
            stage.setWidth(1280);
            stage.setHeight(720);
            designer.show(List.of(example.toString(), "--present"));
        });
        PresentationPage presentation = new PresentationPage(new FxRobot(), designer);

        Fx.waitUntil("the example to open", () -> !designer.document().pipeline().nodes().isEmpty());
        assertThat(presentation.presenting()).isTrue();
        assertThat(presentation.results().getMinX()).isGreaterThan(presentation.canvas().getMaxX() - 4);
    }
}
