package io.pipelinestudio.app.pages;

import io.pipelinestudio.app.shell.Designer;
import io.pipelinestudio.app.support.Fx;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;

/** The property sheet: read and type settings of the selected node. */
public final class PropertiesPage {
    private final FxRobot robot;
    private final Designer designer;

    public PropertiesPage(FxRobot robot, Designer designer) {
        this.robot = robot;
        this.designer = designer;
    }

    /** Types {@code text} into the setting (its record component name, like "condition") and presses Enter. */
    public PropertiesPage set(String property, String text) {
        TextField field = robot.lookup("#property-" + property).queryAs(TextField.class);
        robot.clickOn(field);
        // typing replaces the selected old value, as a person would do it
        Fx.run(field::selectAll);
        robot.write(text);
        robot.type(KeyCode.ENTER);
        return this;
    }

    public PropertiesPage choose(String property, String value) {
        @SuppressWarnings("unchecked")
        ComboBox<String> combo = robot.lookup("#property-" + property).queryAs(ComboBox.class);
        robot.clickOn(combo);
        robot.clickOn(value);
        return this;
    }

    public String value(String property) {
        TextField field = robot.lookup("#property-" + property).queryAs(TextField.class);
        return Fx.get(field::getText);
    }

    /** Whether the sheet has an editor for the setting (its record component name). */
    public boolean has(String property) {
        return robot.lookup("#property-" + property).tryQuery().isPresent();
    }

    /** The selected kind's help text under the sheet, or empty when the help panel is hidden. */
    public String help() {
        return Fx.get(() -> robot.lookup("#node-help-pane").query().isVisible()
                ? robot.lookup("#node-help").queryLabeled().getText() : "");
    }

    public String title() {
        return Fx.get(() -> robot.lookup("#properties-title").queryLabeled().getText());
    }
}
