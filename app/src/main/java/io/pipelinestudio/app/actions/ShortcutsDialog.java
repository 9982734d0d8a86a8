package io.pipelinestudio.app.actions;

import io.pipelinestudio.app.theme.Styles;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/** Help → Keyboard Shortcuts: every action of the table that has a shortcut or gesture, grouped as in the menus. */
public final class ShortcutsDialog {
    private ShortcutsDialog() {}

    public static void show(Window owner) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Keyboard Shortcuts");
        dialog.setResizable(true);
        DialogPane pane = dialog.getDialogPane();
        pane.setId("shortcuts-dialog");
        pane.getStylesheets().add(Objects.requireNonNull(
                ShortcutsDialog.class.getResource("/assets/css/shortcuts.css"),
                "Expected the stylesheet assets/css/shortcuts.css on the class path but it is missing").toExternalForm());
        pane.getButtonTypes().add(ButtonType.CLOSE);
        pane.setContent(content());
        dialog.show();
    }

    /** Two tables side by side: one column of some forty rows would not fit a 720-pixel-high screen. */
    private static HBox content() {
        List<List<StudioAction>> groups = groupsWithShortcuts();
        int split = balancedSplit(groups);
        return new HBox(40, table(groups.subList(0, split)), table(groups.subList(split, groups.size())));
    }

    private static List<List<StudioAction>> groupsWithShortcuts() {
        List<List<StudioAction>> groups = new ArrayList<>();
        for (ActionGroup group : ActionGroup.values()) {
            List<StudioAction> rows = new ArrayList<>();
            for (StudioAction action : StudioAction.values()) {
                if (action.group() == group && action.hasShortcut()) {
                    rows.add(action);
                }
            }
            if (!rows.isEmpty()) {
                groups.add(rows);
            }
        }
        return groups;
    }

    /** Where to start the second table so that the taller of the two is as short as it can be. */
    private static int balancedSplit(List<List<StudioAction>> groups) {
        int total = groups.stream().mapToInt(ShortcutsDialog::lines).sum();
        int best = 0;
        int bestHeight = Integer.MAX_VALUE;
        int left = 0;
        for (int split = 0; split <= groups.size(); split++) {
            int taller = Math.max(left, total - left);
            if (taller < bestHeight) {
                bestHeight = taller;
                best = split;
            }
            if (split < groups.size()) {
                left += lines(groups.get(split));
            }
        }
        return best;
    }

    private static int lines(List<StudioAction> group) {
        return group.size() + 1;
    }

    private static GridPane table(List<List<StudioAction>> groups) {
        GridPane table = new GridPane();
        table.getStyleClass().add(Styles.SHORTCUTS_TABLE);
        table.addRow(0, styled(new Label("Action"), Styles.SHORTCUTS_COLUMN_HEADER),
                styled(new Label("Shortcut"), Styles.SHORTCUTS_COLUMN_HEADER));
        int row = 1;
        for (List<StudioAction> group : groups) {
            table.add(styled(new Label(group.get(0).group().title()), Styles.SHORTCUTS_GROUP), 0, row++, 2, 1);
            for (StudioAction action : group) {
                Label text = styled(new Label(action.text()), Styles.SHORTCUT_ACTION);
                text.setTooltip(new Tooltip(action.description()));
                table.addRow(row++, text, styled(new Label(action.shortcutText()), Styles.SHORTCUT_KEYS));
            }
        }
        return table;
    }

    private static Label styled(Label label, String styleClass) {
        label.getStyleClass().add(styleClass);
        // the dialog is sized to show every row whole; a label must never shorten its text to "…"
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }
}
