package io.pipelinestudio.app.pages;

import io.pipelinestudio.app.shell.Designer;
import io.pipelinestudio.app.support.Fx;
import io.pipelinestudio.app.support.Scrolling;
import javafx.scene.Node;
import javafx.scene.control.Accordion;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
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
        // a kind with many settings has rows below the sheet's bottom edge
        Scrolling.reveal(field);
        robot.clickOn(field);
        // typing replaces the selected old value, as a person would do it
        Fx.run(field::selectAll);
        robot.write(text);
        robot.type(KeyCode.ENTER);
        return this;
    }

    /** Opens the setting's list of choices and clicks {@code value} in it. */
    public PropertiesPage choose(String property, String value) {
        ComboBox<String> combo = combo(property);
        Scrolling.reveal(combo);
        robot.clickOn(combo);
        Fx.waitUntil("the choices of " + property, combo::isShowing);
        // the cell, not any node with that text: another row may show the same word
        Node cell = robot.lookup(".combo-box-popup .list-cell")
                .match(n -> n instanceof ListCell<?> c && value.equals(c.getText())).query();
        robot.clickOn(cell);
        Fx.waitUntil(property + " to show " + value, () -> value.equals(combo.getValue()));
        return this;
    }

    /** The choice a setting shows. */
    public String choice(String property) {
        ComboBox<String> combo = combo(property);
        return Fx.get(combo::getValue);
    }

    @SuppressWarnings("unchecked")
    private ComboBox<String> combo(String property) {
        return robot.lookup("#property-" + property).queryAs(ComboBox.class);
    }

    /**
     * Opens a category of the sheet, such as "Job", with a click on its title, and waits until the sheet's
     * accordion has stopped moving, so that clicks land on the rows they aim at.
     */
    public PropertiesPage openCategory(String category) {
        TitledPane pane = robot.lookup(".property-sheet .titled-pane")
                .match(n -> n instanceof TitledPane t && category.equals(t.getText())).query();
        if (!Fx.get(pane::isExpanded)) {
            robot.clickOn(Fx.get(() -> pane.lookup(".title")));
        }
        Fx.waitUntil("the " + category + " settings to open", () -> pane.isExpanded() && collapsedBesides(pane));
        return this;
    }

    /** Whether the accordion's other panes have shrunk to their titles: their animation, and this one's, ended. */
    private static boolean collapsedBesides(TitledPane open) {
        Accordion accordion = (Accordion) open.getParent();
        return accordion.getPanes().stream().filter(p -> p != open)
                .allMatch(p -> p.getHeight() <= p.lookup(".title").getLayoutBounds().getHeight() + 0.5);
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
