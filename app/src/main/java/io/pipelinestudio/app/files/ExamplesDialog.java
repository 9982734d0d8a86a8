package io.pipelinestudio.app.files;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The gallery of example pipelines, each with its one-line description; choosing one opens it. */
public final class ExamplesDialog {
    private ExamplesDialog() {}

    public static void show(Window owner, List<Examples.Example> examples, Consumer<Path> open) {
        Dialog<Path> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Examples");
        dialog.setHeaderText("Open an example pipeline");
        ButtonType openButton = new ButtonType("Open", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(openButton, ButtonType.CANCEL);
        dialog.getDialogPane().setId("examples-dialog");
        ListView<Examples.Example> list = new ListView<>();
        list.setId("examples-list");
        list.getItems().setAll(examples);
        list.setPlaceholder(new Label("No examples found in assets/examples"));
        list.setPrefSize(560, 360);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Examples.Example example, boolean empty) {
                super.updateItem(example, empty);
                if (empty || example == null) {
                    setGraphic(null);
                    return;
                }
                Label name = new Label(example.name());
                name.getStyleClass().add("example-name");
                Label description = new Label(example.error() != null ? "Cannot be read: " + example.error()
                        : example.description().isBlank() ? example.file().getFileName().toString() : example.description());
                description.getStyleClass().add("example-description");
                description.setWrapText(true);
                description.setMaxWidth(520);
                VBox box = new VBox(2, name, description);
                box.setPadding(new Insets(6, 4, 6, 4));
                setGraphic(box);
            }
        });
        if (!examples.isEmpty()) {
            list.getSelectionModel().select(0);
        }
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2
                    && list.getSelectionModel().getSelectedItem() != null) {
                dialog.setResult(list.getSelectionModel().getSelectedItem().file());
                dialog.close();
            }
        });
        dialog.getDialogPane().lookupButton(openButton).disableProperty()
                .bind(list.getSelectionModel().selectedItemProperty().isNull());
        dialog.getDialogPane().setContent(list);
        dialog.setResultConverter(button -> button == openButton && list.getSelectionModel().getSelectedItem() != null
                ? list.getSelectionModel().getSelectedItem().file() : null);
        dialog.setOnHidden(e -> {
            Path chosen = dialog.getResult();
            if (chosen != null) {
                open.accept(chosen);
            }
        });
        dialog.show();
    }
}
