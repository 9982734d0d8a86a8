package io.pipelinestudio.app.pages;

import io.pipelinestudio.app.shell.Designer;
import io.pipelinestudio.app.support.Fx;
import io.pipelinestudio.app.support.ScriptedFileDialogs;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.testfx.api.FxRobot;

/** File, Export and Run, Deploy to Cluster, with their dialogs and the status bar's messages. */
public final class ExportPage {
    private final FxRobot robot;
    private final Designer designer;
    private final ScriptedFileDialogs dialogs;

    public ExportPage(FxRobot robot, Designer designer, ScriptedFileDialogs dialogs) {
        this.robot = robot;
        this.designer = designer;
        this.dialogs = dialogs;
    }

    /** File, Export, {@code item}, answering the chooser with {@code target}; waits until the export ends. */
    public ExportPage export(String item, Path target) {
        dialogs.willChoose(target);
        menu("File", "Export", item);
        // a job jar bundles the runtime's libraries: seconds of work on a busy machine
        Fx.waitUntil("the export to end", 120, () -> !designer.exports().busyProperty().get());
        return this;
    }

    /** Waits until the status bar's message contains {@code fragment} and returns it. */
    public String waitForStatus(String fragment) {
        try {
            Fx.waitUntil("a status message containing " + fragment, 30, () -> status().contains(fragment));
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; the status bar says: " + status(), e);
        }
        return status();
    }

    public String status() {
        return Fx.get(() -> robot.lookup("#status-message").queryAs(Label.class).getText());
    }

    public ExportPage openDeploy() {
        menu("Run", "Deploy to Cluster\u2026");
        Fx.waitUntil("the deploy dialog", () -> robot.lookup("#deploy-dialog").tryQuery().isPresent());
        return this;
    }

    public ExportPage cluster(String address) {
        return type("#deploy-cluster", address);
    }

    public ExportPage parameters(String lines) {
        TextArea area = robot.lookup("#deploy-parameters").queryAs(TextArea.class);
        Fx.run(() -> area.setText(lines));
        return this;
    }

    public ExportPage parallelism(String text) {
        return type("#deploy-parallelism", text);
    }

    public String clusterField() {
        return Fx.get(() -> robot.lookup("#deploy-cluster").queryAs(TextField.class).getText());
    }

    public ExportPage confirmDeploy() {
        robot.clickOn("#deploy-confirm");
        return this;
    }

    public ExportPage cancelDeploy() {
        robot.clickOn("Cancel");
        Fx.waitUntil("the deploy dialog to close", () -> robot.lookup("#deploy-dialog").tryQuery().isEmpty());
        return this;
    }

    /** The savepoint the deploy dialog offers to start from. */
    public String savepointField() {
        return Fx.get(() -> robot.lookup("#deploy-savepoint").queryAs(TextField.class).getText());
    }

    public ExportPage savepoint(String path) {
        TextField field = robot.lookup("#deploy-savepoint").queryAs(TextField.class);
        Fx.run(() -> field.setText(path));
        return this;
    }

    /** Ticks "Drop savepoint state that no node takes". */
    public ExportPage allowDroppingState() {
        robot.clickOn("#deploy-allow-non-restored");
        return this;
    }

    /** Run, Stop Job with Savepoint, answered with {@code directory}. */
    public ExportPage stopWithSavepoint(String directory) {
        menu("Run", "Stop Job with Savepoint\u2026");
        Fx.waitUntil("the stop dialog", () -> robot.lookup("#stop-dialog").tryQuery().isPresent());
        TextField field = robot.lookup("#stop-savepoint-directory").queryAs(TextField.class);
        Fx.run(() -> field.setText(directory));
        robot.clickOn("#stop-confirm");
        return this;
    }

    public String dialogProblem() {
        return Fx.get(() -> robot.lookup("#deploy-problem").queryAs(Label.class).getText());
    }

    /** Clicks through menus by their texts, each the one showing on screen. */
    public ExportPage menu(String... texts) {
        javafx.geometry.Point2D previous = null;
        for (int i = 0; i < texts.length; i++) {
            String text = texts[i];
            Fx.waitUntil("the menu entry " + text, () -> showing(text).isPresent());
            // a menu's popup is laid out and moved as it opens: click the entry once it stays where it is
            javafx.geometry.Point2D point = center(text);
            for (int tries = 0; tries < 20 && !point.equals(settled(text)); tries++) {
                point = center(text);
            }
            if (i >= 2) {
                // sideways first, as a person does: a diagonal path crosses other entries, which close the submenu
                robot.moveTo(new javafx.geometry.Point2D(point.getX(), previous.getY()));
            }
            robot.clickOn(point);
            previous = point;
        }
        return this;
    }

    private javafx.geometry.Point2D settled(String text) {
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        return center(text);
    }

    private javafx.geometry.Point2D center(String text) {
        return Fx.get(() -> {
            javafx.scene.Node entry = showing(text).orElseThrow();
            javafx.geometry.Bounds bounds = entry.localToScreen(entry.getBoundsInLocal());
            return new javafx.geometry.Point2D(bounds.getCenterX(), bounds.getCenterY());
        });
    }

    private java.util.Optional<javafx.scene.Node> showing(String text) {
        return robot.lookup(text).queryAll().stream()
                .filter(n -> n.getScene() != null && n.getScene().getWindow() != null
                        && n.getScene().getWindow().isShowing() && n.isVisible())
                .findFirst();
    }

    private ExportPage type(String id, String text) {
        TextField field = robot.lookup(id).queryAs(TextField.class);
        robot.clickOn(field);
        Fx.run(field::selectAll);
        robot.write(text);
        return this;
    }
}
