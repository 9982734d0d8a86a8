package io.pipelinestudio.app.actions;

import static org.assertj.core.api.Assertions.assertThat;

import io.pipelinestudio.app.pages.HelpPage;
import io.pipelinestudio.app.pages.HelpPage.ShortcutRow;
import io.pipelinestudio.app.support.DesignerTest;
import io.pipelinestudio.app.support.Fx;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;

class ShortcutsDialogTest extends DesignerTest {
    @Test
    void theShortcutsDialogListsEveryMenuShortcutUnderTheMenuItemsWords() {
        List<MenuItem> withShortcuts = Fx.get(() -> menuItemsWithShortcuts());
        assertThat(withShortcuts).as("menu items with a shortcut").hasSizeGreaterThan(20);

        List<ShortcutRow> rows = new HelpPage(robot).openShortcutsWithF1().shortcutRows();

        for (MenuItem item : withShortcuts) {
            String keys = Fx.get(() -> item.getAccelerator().getDisplayText());
            assertThat(rows).as("the row of " + item.getId())
                    .filteredOn(row -> row.shortcut().equals(keys))
                    .extracting(ShortcutRow::action)
                    .containsExactly(Fx.get(item::getText));
        }
    }

    @Test
    void theShortcutsDialogListsTheRunAndHelpKeysAndTheCanvasGestures() {
        List<ShortcutRow> rows = new HelpPage(robot).openShortcutsWithF1().shortcutRows();

        assertThat(rows).contains(
                new ShortcutRow("Run", "Run", keys("F5")),
                new ShortcutRow("Run", "Stop", keys("Shift+F5")),
                new ShortcutRow("Run", "Run with Parameters\u2026", keys("Shortcut+F5")),
                new ShortcutRow("Help", "Keyboard Shortcuts", keys("F1")),
                new ShortcutRow("Edit", "Redo", keys("Shortcut+Y")),
                new ShortcutRow("Edit", "Delete", keys("Backspace")),
                new ShortcutRow("Canvas", "Select None", keys("Esc")));
        assertThat(rows).filteredOn(row -> row.group().equals("Canvas")).extracting(ShortcutRow::action)
                .contains("Move Selection", "Zoom", "Pan");
        assertThat(rows).extracting(ShortcutRow::group)
                .containsSubsequence("File", "Edit", "View", "Run", "Canvas", "Help");
    }

    @Test
    void theShortcutsDialogFitsA1280By720ScreenWithNoWordCutShort() {
        HelpPage help = new HelpPage(robot).openShortcutsWithF1();

        Window window = help.shortcutsWindow();
        assertThat(Fx.get(window::getWidth)).isLessThanOrEqualTo(1280);
        assertThat(Fx.get(window::getHeight)).isLessThanOrEqualTo(720);
        for (Label label : help.shortcutLabels()) {
            assertThat(Fx.get(() -> label.getWidth() + 0.5)).as("the width of \"" + label.getText() + "\"")
                    .isGreaterThanOrEqualTo(Fx.get(() -> label.prefWidth(-1)));
            assertThat(Fx.get(() -> label.localToScene(label.getBoundsInLocal()).getMaxY()))
                    .as("the bottom of \"" + label.getText() + "\"")
                    .isLessThanOrEqualTo(Fx.get(() -> label.getScene().getHeight()));
        }
    }

    @Test
    void theRunToolbarsTooltipsNameTheirShortcuts() {
        assertThat(tooltip("#run-button")).endsWith("(" + keys("F5") + ")");
        assertThat(tooltip("#stop-button")).endsWith("(" + keys("Shift+F5") + ")");
        assertThat(tooltip("#compare-button")).endsWith("(" + keys("Shortcut+Shift+B") + ")");
    }

    @Test
    void controlYRedoesThoughNoMenuItemShowsIt() {
        palette.drop("generator", 300, 200);
        canvas.undo();
        assertThat(model().nodes()).isEmpty();

        canvas.press(KeyCode.CONTROL, KeyCode.Y);

        assertThat(model().nodes()).hasSize(1);
    }

    private String tooltip(String buttonId) {
        return Fx.get(() -> robot.lookup(buttonId).queryAs(Button.class).getTooltip().getText());
    }

    /** The keys as JavaFX writes them on this platform. */
    private static String keys(String combination) {
        return Fx.get(() -> KeyCombination.keyCombination(combination).getDisplayText());
    }

    private List<MenuItem> menuItemsWithShortcuts() {
        MenuBar bar = (MenuBar) designer.stage().getScene().lookup("#menu-bar");
        List<MenuItem> found = new ArrayList<>();
        bar.getMenus().forEach(menu -> collect(menu, found));
        return found;
    }

    private static void collect(MenuItem item, List<MenuItem> found) {
        if (item instanceof Menu menu) {
            menu.getItems().forEach(child -> collect(child, found));
        } else if (item.getAccelerator() != null) {
            found.add(item);
        }
    }
}
