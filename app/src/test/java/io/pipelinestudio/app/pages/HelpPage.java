package io.pipelinestudio.app.pages;

import io.pipelinestudio.app.support.Fx;
import io.pipelinestudio.app.theme.Styles;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.testfx.api.FxRobot;

/** The Help menu, its About dialog and the Keyboard Shortcuts dialog. */
public final class HelpPage {
    /** A line of the shortcuts dialog as a reader sees it: under which heading, what, and which keys. */
    public record ShortcutRow(String group, String action, String shortcut) {}

    private final FxRobot robot;

    public HelpPage(FxRobot robot) {
        this.robot = robot;
    }

    public HelpPage openAbout() {
        robot.clickOn("Help");
        robot.clickOn("About Pipeline Studio");
        Fx.waitUntil("the About dialog", () -> robot.lookup("#about-dialog").tryQuery().isPresent());
        return this;
    }

    public String aboutHeader() {
        return Fx.get(() -> robot.lookup("#about-dialog").queryAs(DialogPane.class).getHeaderText());
    }

    public String aboutVersions() {
        return Fx.get(() -> robot.lookup("#about-versions").queryAs(Label.class).getText());
    }

    public int bundledLibraries() {
        return Fx.get(() -> robot.lookup("#about-licenses").queryAs(TableView.class).getItems().size());
    }

    /** Opens Help → Keyboard Shortcuts with its own shortcut, F1. */
    public HelpPage openShortcutsWithF1() {
        robot.push(KeyCode.F1);
        Fx.waitUntil("the Keyboard Shortcuts dialog", () -> robot.lookup("#shortcuts-dialog").tryQuery().isPresent());
        return this;
    }

    /** Every row of the shortcuts dialog, read from its tables left to right, top to bottom. */
    public List<ShortcutRow> shortcutRows() {
        return Fx.get(() -> {
            List<ShortcutRow> rows = new ArrayList<>();
            for (Node table : shortcutsDialog().lookupAll("." + Styles.SHORTCUTS_TABLE)) {
                rows.addAll(rowsOf((GridPane) table));
            }
            return rows;
        });
    }

    /** The labels of the shortcuts dialog's tables, to check that each is shown whole. */
    public List<Label> shortcutLabels() {
        return Fx.get(() -> shortcutsDialog().lookupAll("." + Styles.SHORTCUTS_TABLE).stream()
                .flatMap(table -> ((GridPane) table).getChildren().stream())
                .filter(Label.class::isInstance).map(Label.class::cast).toList());
    }

    public Window shortcutsWindow() {
        return Fx.get(() -> shortcutsDialog().getScene().getWindow());
    }

    private DialogPane shortcutsDialog() {
        return robot.lookup("#shortcuts-dialog").queryAs(DialogPane.class);
    }

    private static List<ShortcutRow> rowsOf(GridPane table) {
        Map<Integer, Map<String, String>> cells = new TreeMap<>();
        for (Node cell : table.getChildren()) {
            if (cell instanceof Label label) {
                Integer row = GridPane.getRowIndex(cell);
                String role = label.getStyleClass().stream()
                        .filter(c -> c.equals(Styles.SHORTCUTS_GROUP) || c.equals(Styles.SHORTCUT_ACTION)
                                || c.equals(Styles.SHORTCUT_KEYS))
                        .findFirst().orElse("other");
                cells.computeIfAbsent(row == null ? 0 : row, r -> new TreeMap<>()).put(role, label.getText());
            }
        }
        List<ShortcutRow> rows = new ArrayList<>();
        String group = null;
        for (Map<String, String> row : cells.values()) {
            if (row.containsKey(Styles.SHORTCUTS_GROUP)) {
                group = row.get(Styles.SHORTCUTS_GROUP);
            } else if (row.containsKey(Styles.SHORTCUT_ACTION)) {
                rows.add(new ShortcutRow(group, row.get(Styles.SHORTCUT_ACTION), row.get(Styles.SHORTCUT_KEYS)));
            }
        }
        return rows;
    }
}
