package io.pipelinestudio.app.pages;

import io.pipelinestudio.app.shell.Designer;
import io.pipelinestudio.app.support.Fx;
import io.pipelinestudio.app.support.ScriptedFileDialogs;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import org.testfx.api.FxRobot;

/** The File menu, its dialogs and the examples gallery. */
public final class FilesPage {
    private final FxRobot robot;
    private final Designer designer;
    private final ScriptedFileDialogs dialogs;

    public FilesPage(FxRobot robot, Designer designer, ScriptedFileDialogs dialogs) {
        this.robot = robot;
        this.designer = designer;
        this.dialogs = dialogs;
    }

    public FilesPage menu(String item) {
        robot.clickOn("File");
        robot.clickOn(item);
        return this;
    }

    public FilesPage saveAs(Path file) {
        dialogs.willChoose(file);
        menu("Save As\u2026");
        Fx.waitUntil("the pipeline to be saved to " + file,
                () -> file.equals(designer.document().file()) && !designer.document().isDirty());
        return this;
    }

    /** Opens a file through File, Open and waits until it is shown or refused. */
    public FilesPage open(Path file) {
        dialogs.willChoose(file);
        menu("Open\u2026");
        return this;
    }

    public FilesPage waitUntilShowing(Path file) {
        Fx.waitUntil("the pipeline " + file + " to be shown", () -> file.equals(designer.document().file()));
        return this;
    }

    public FilesPage newPipeline() {
        return menu("New");
    }

    public Node errorDialog() {
        Fx.waitUntil("an error dialog", () -> robot.lookup("#error-dialog").tryQuery().isPresent());
        return robot.lookup("#error-dialog").query();
    }

    public String errorMessage() {
        errorDialog();
        return Fx.get(() -> robot.lookup("#error-message").queryAs(Label.class).getText());
    }

    public void closeErrorDialog() {
        robot.clickOn("OK");
    }

    @SuppressWarnings("unchecked")
    public ListView<Object> openGallery() {
        menu("Examples\u2026");
        Fx.waitUntil("the examples gallery", () -> robot.lookup("#examples-list").tryQuery().isPresent());
        return robot.lookup("#examples-list").queryAs(ListView.class);
    }

    public String title() {
        return Fx.get(() -> designer.stage().getTitle());
    }
}
