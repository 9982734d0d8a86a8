package io.pipelinestudio.app.dialogs;

import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.stage.Window;

/** The one error dialog of the designer (files, exports, deployments): a header, and the message that says why. */
public final class ErrorDialog {
    private ErrorDialog() {}

    public static void show(Window owner, String header, String message) {
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
