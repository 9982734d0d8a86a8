package io.pipelinestudio.app.pages;

import io.pipelinestudio.app.code.CodeArea;
import io.pipelinestudio.app.shell.Designer;
import io.pipelinestudio.app.support.Fx;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import org.testfx.api.FxRobot;

/** The Code tab beside the properties: the selected node's DataStream code, its message and the Copy button. */
public final class CodeViewPage {
    private final FxRobot robot;
    private final Designer designer;

    public CodeViewPage(FxRobot robot, Designer designer) {
        this.robot = robot;
        this.designer = designer;
    }

    public CodeViewPage open() {
        robot.clickOn("#tab-code");
        Fx.waitUntil("the code view to be shown", () -> robot.lookup("#code-view").query().isVisible());
        return this;
    }

    public CodeViewPage openProperties() {
        robot.clickOn("#tab-properties");
        return this;
    }

    /** Waits until the code shown contains {@code fragment}, and returns all of it. */
    public String waitForCode(String fragment) {
        Fx.waitUntil("code containing " + fragment, () -> area().getText().contains(fragment)
                && !designer.codeModel().generatingProperty().get());
        return code();
    }

    public String code() {
        return Fx.get(() -> area().getText());
    }

    public String message() {
        return Fx.get(() -> robot.lookup("#code-message").queryAs(Label.class).getText());
    }

    public CodeViewPage waitForMessage(String fragment) {
        Fx.waitUntil("a code view message containing " + fragment, () -> robot.lookup("#code-message")
                .queryAs(Label.class).getText().contains(fragment));
        return this;
    }

    public CodeViewPage copy() {
        robot.clickOn("#code-copy");
        return this;
    }

    /** Selects the code's text from {@code from} to {@code to} by dragging across it, as a reader would. */
    public CodeViewPage dragSelect(int from, int to) {
        robot.drag(Fx.get(() -> charPoint(from)), javafx.scene.input.MouseButton.PRIMARY).dropTo(Fx.get(() -> charPoint(to)));
        return this;
    }

    public String selection() {
        return Fx.get(() -> area().selectedText());
    }

    public String clipboard() {
        return Fx.get(() -> Clipboard.getSystemClipboard().getString());
    }

    private javafx.geometry.Point2D charPoint(int index) {
        javafx.scene.text.TextFlow flow = (javafx.scene.text.TextFlow) area().lookup(".code-flow");
        javafx.geometry.Bounds caret = flow.caretShape(index, true).length == 0 ? null
                : new javafx.scene.shape.Path(flow.caretShape(index, true)).getBoundsInLocal();
        if (caret == null) {
            throw new AssertionError("Expected a caret position for character " + index);
        }
        return flow.localToScreen(caret.getMinX() + 1, (caret.getMinY() + caret.getMaxY()) / 2);
    }

    private CodeArea area() {
        return robot.lookup("#code-text").queryAs(CodeArea.class);
    }
}
