package io.pipelinestudio.app.properties;

import io.pipelinestudio.app.files.FileDialogs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * A text field that commits on Enter or when it loses focus, with a button beside it that fills it in: a
 * file chooser for a path, or the fields of the node's input for a field name or a list of them. The text
 * stays editable, since a path may hold a {@code ${parameter}} and a field may not be known yet.
 */
final class AssistedTextEditor extends TextEditor {
    private final PropertyItem item;
    private final FileDialogs dialogs;
    private final TextField field;
    private final HBox box;

    AssistedTextEditor(PropertyItem item, FileDialogs dialogs) {
        super(item);
        this.item = item;
        this.dialogs = dialogs;
        this.field = field();
        HBox.setHgrow(field, Priority.ALWAYS);
        field.setMinWidth(40);
        box = new HBox(4, field, helper());
        box.setFillHeight(true);
    }
    private javafx.scene.Node helper() {
        return switch (item.editor()) {
            case FIELD, FIELDS -> fieldMenu();
            default -> fileButton();
        };
    }

    /** The input's fields as they are when the menu opens; one picked replaces the text, or joins the list. */
    private MenuButton fieldMenu() {
        MenuButton menu = new MenuButton(item.editor() == PropertyItem.Editor.FIELDS ? "+" : "\u25be");
        menu.setId(item.id() + "-fields");
        menu.setTooltip(new Tooltip(item.editor() == PropertyItem.Editor.FIELDS ? "Add a field of the input"
                : "Choose a field of the input"));
        menu.setOnShowing(e -> {
            List<MenuItem> entries = new ArrayList<>();
            for (String name : item.inputFields()) {
                MenuItem entry = new MenuItem(name);
                entry.setMnemonicParsing(false);
                entry.setOnAction(a -> pick(name));
                entries.add(entry);
            }
            if (entries.isEmpty()) {
                MenuItem none = new MenuItem("Connect an input to choose its fields");
                none.setDisable(true);
                entries.add(none);
            }
            menu.getItems().setAll(entries);
        });
        // the menu must have an item to open at all; the real ones are made as it opens
        menu.getItems().add(new MenuItem("\u2026"));
        return menu;
    }

    private void pick(String name) {
        if (item.editor() == PropertyItem.Editor.FIELDS) {
            List<String> names = new ArrayList<>(Arrays.stream(field.getText().split(","))
                    .map(String::strip).filter(s -> !s.isEmpty()).toList());
            if (!names.contains(name)) {
                names.add(name);
            }
            field.setText(String.join(", ", names));
        } else {
            field.setText(name);
        }
        commit();
    }

    private Button fileButton() {
        Button choose = new Button("\u2026");
        choose.setId(item.id() + "-choose");
        choose.setTooltip(new Tooltip(switch (item.editor()) {
            case FILE_TO_READ -> "Choose the file to read";
            case FOLDER -> "Choose the folder to write into";
            default -> "Choose where to write";
        }));
        choose.setOnAction(e -> choose().ifPresent(path -> {
            field.setText(path.toString());
            commit();
        }));
        return choose;
    }

    private Optional<Path> choose() {
        javafx.stage.Window owner = box.getScene() == null ? null : box.getScene().getWindow();
        Path current = currentPath();
        Path folder = current != null && current.getParent() != null && Files.isDirectory(current.getParent())
                ? current.getParent() : Path.of("").toAbsolutePath();
        String name = current == null || current.getFileName() == null ? "" : current.getFileName().toString();
        return switch (item.editor()) {
            case FILE_TO_READ -> dialogs.chooseOpen(owner, folder);
            case FOLDER -> dialogs.chooseExport(owner, folder, name, "Output folder", "");
            default -> dialogs.chooseSave(owner, folder, name);
        };
    }

    /** The path in the field, when it is one this machine can name (no unbound placeholder). */
    private Path currentPath() {
        String text = field.getText().strip();
        if (text.isEmpty() || text.contains("${")) {
            return null;
        }
        try {
            return Path.of(text).toAbsolutePath();
        } catch (RuntimeException e) {
            return null;
        }
    }

    @Override
    public HBox getEditor() {
        return box;
    }
}
