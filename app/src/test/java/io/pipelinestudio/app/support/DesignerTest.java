package io.pipelinestudio.app.support;

import io.pipelinestudio.app.pages.CanvasPage;
import io.pipelinestudio.app.pages.FilesPage;
import io.pipelinestudio.app.pages.PalettePage;
import io.pipelinestudio.app.pages.ProblemsPage;
import io.pipelinestudio.app.pages.PropertiesPage;
import io.pipelinestudio.app.pages.RunPage;
import io.pipelinestudio.app.shell.Designer;
import io.pipelinestudio.model.Pipeline;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** Starts a fresh designer window for every test, with its own config folder and scripted file dialogs. */
public abstract class DesignerTest {
    protected Designer designer;
    protected Path configDirectory;
    protected final ScriptedFileDialogs dialogs = new ScriptedFileDialogs();
    protected FxRobot robot;
    protected PalettePage palette;
    protected CanvasPage canvas;
    protected PropertiesPage properties;
    protected ProblemsPage problems;
    protected FilesPage files;
    protected RunPage run;

    @BeforeEach
    void startDesigner() throws Exception {
        configDirectory = Files.createTempDirectory("studio-config");
        Stage stage = FxToolkit.registerPrimaryStage();
        Fx.run(() -> {
            designer = new Designer(stage, configDirectory, dialogs);
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1400);
            stage.setHeight(900);
            designer.show(List.of());
            stage.toFront();
        });
        robot = new FxRobot();
        canvas = new CanvasPage(robot, designer);
        palette = new PalettePage(robot, designer, canvas);
        properties = new PropertiesPage(robot, designer);
        problems = new ProblemsPage(robot, designer);
        files = new FilesPage(robot, designer, dialogs);
        run = new RunPage(robot, designer);
    }

    @AfterEach
    void stopDesigner() throws Exception {
        if (designer != null) {
            Fx.run(() -> designer.autosave().stop());
        }
        // a dialog a test left open must not leak into the next test
        FxToolkit.cleanupStages();
    }

    protected Pipeline model() {
        return Fx.get(() -> designer.document().pipeline());
    }

    /** Shows {@code pipeline} as if it had been opened: a starting point for tests of other steps. */
    protected void given(Pipeline pipeline) {
        Fx.run(() -> designer.document().load(pipeline, null, false));
        Fx.waitUntil("the pipeline to be validated", () -> !designer.validation().isBusy());
    }
}
