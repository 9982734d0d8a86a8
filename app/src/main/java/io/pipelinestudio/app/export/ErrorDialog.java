package io.pipelinestudio.app.export;

import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.stage.Window;

/** The error dialog of exports and deployments, shaped like the file actions' one so that tests read both alike. */
final class ErrorDialog {
    private ErrorDialog() {}

    static void show(Window owner, String header, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner);
        alert.setTitle("Pipeline Studio");
        alert.setHeaderText(header);
        Label content = new Label(message);
        content.setWrapText(true);
        content.setId("error-message");
        content.setMaxWidth(560);
        alert.getDialogPane().setContent(content);
        alert.getDialogPane().setId("error-dialog");
        alert.show();
    }
}
