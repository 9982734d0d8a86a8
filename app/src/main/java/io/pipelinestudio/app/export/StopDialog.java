package io.pipelinestudio.app.export;

import io.pipelinestudio.runtime.submit.SavepointStop;
import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/**
 * Asks where the cluster should write the savepoint of a job it stops: an absolute directory or a URI, as
 * the cluster's machines see it. A relative path is refused under the field and keeps the dialog open.
 */
final class StopDialog {
    static final ButtonType STOP = new ButtonType("Stop with Savepoint", ButtonBar.ButtonData.OK_DONE);

    private StopDialog() {}

    static Optional<String> ask(Window owner, String jobId, String proposed) {
        TextField directory = new TextField(proposed);
        directory.setId("stop-savepoint-directory");
        directory.setPrefColumnCount(32);
        Label problem = new Label();
        problem.setId("stop-problem");
        problem.getStyleClass().add("deploy-problem");
        problem.setWrapText(true);
        problem.setMaxWidth(460);
        Label hint = new Label("The job's windows and offsets go into the savepoint; a deployment can start from it "
                + "with the same or an edited pipeline.");
        hint.setWrapText(true);
        hint.setMaxWidth(460);

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label("Savepoint directory"), directory);
        grid.add(hint, 0, 1, 2, 1);
        grid.add(problem, 0, 2, 2, 1);

        Dialog<String> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Stop Job with Savepoint");
        dialog.setHeaderText("Stop job " + jobId + " and keep its state");
        dialog.getDialogPane().setId("stop-dialog");
        dialog.getDialogPane().getButtonTypes().setAll(STOP, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(grid);
        Button stop = (Button) dialog.getDialogPane().lookupButton(STOP);
        stop.setId("stop-confirm");
        stop.addEventFilter(ActionEvent.ACTION, e -> {
            try {
                SavepointStop.checkTargetDirectory(directory.getText().strip());
            } catch (IllegalArgumentException bad) {
                problem.setText(capitalized(bad.getMessage()));
                e.consume();
            }
        });
        dialog.setResultConverter(button -> button == STOP ? directory.getText().strip() : null);
        javafx.application.Platform.runLater(directory::requestFocus);
        return dialog.showAndWait();
    }

    private static String capitalized(String message) {
        return message.isEmpty() ? message : Character.toUpperCase(message.charAt(0)) + message.substring(1);
    }
}
