package io.pipelinestudio.app.export;

import io.pipelinestudio.app.settings.DeploySettings;
import io.pipelinestudio.model.ParameterSpec;
import io.pipelinestudio.model.Pipeline;
import io.pipelinestudio.model.validate.ExecutionMode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/**
 * Asks where and how to run the pipeline on a Flink session cluster: the cluster's REST address, the
 * execution mode, the parallelism (0: the cluster's default), the parameters, one {@code NAME=VALUE}
 * per line, starting from the pipeline's defaults, and optionally a savepoint to start from (offered after
 * Stop with Savepoint) with whether its state that no node takes may be dropped. Input it cannot use is
 * named under the fields and keeps the dialog open.
 */
final class DeployDialog {
    static final ButtonType DEPLOY = new ButtonType("Deploy", ButtonBar.ButtonData.OK_DONE);

    private DeployDialog() {}

    static Optional<DeployRequest> ask(Window owner, Pipeline pipeline, DeploySettings remembered, String savepoint) {
        TextField cluster = new TextField(remembered.clusterAddress());
        cluster.setId("deploy-cluster");
        cluster.setPromptText(DeploySettings.DEFAULT_ADDRESS);
        cluster.setPrefColumnCount(28);
        ComboBox<ExecutionMode> mode = new ComboBox<>();
        mode.getItems().setAll(ExecutionMode.values());
        mode.setValue(remembered.mode());
        mode.setId("deploy-mode");
        TextField parallelism = new TextField(Integer.toString(remembered.parallelism()));
        parallelism.setId("deploy-parallelism");
        parallelism.setPrefColumnCount(5);
        TextArea parameters = new TextArea(parameterLines(pipeline));
        parameters.setId("deploy-parameters");
        parameters.setPrefRowCount(4);
        parameters.setPromptText("NAME=VALUE, one per line");
        TextField fromSavepoint = new TextField(savepoint == null ? "" : savepoint);
        fromSavepoint.setId("deploy-savepoint");
        fromSavepoint.setPromptText("none: the job starts with empty state");
        fromSavepoint.setPrefColumnCount(28);
        CheckBox allowDropping = new CheckBox("Drop savepoint state that no node takes");
        allowDropping.setId("deploy-allow-non-restored");
        allowDropping.disableProperty().bind(fromSavepoint.textProperty().isEmpty());
        Label problem = new Label();
        problem.setId("deploy-problem");
        problem.getStyleClass().add("deploy-problem");
        problem.setWrapText(true);
        problem.setMaxWidth(460);
        Label hint = new Label("Files are read and written on the cluster's machines: give absolute paths.");
        hint.setWrapText(true);
        hint.setMaxWidth(460);

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label("Cluster (REST address)"), cluster);
        grid.addRow(1, new Label("Execution mode"), mode);
        grid.addRow(2, new Label("Parallelism (0: cluster default)"), parallelism);
        grid.addRow(3, new Label("Parameters"), parameters);
        grid.addRow(4, new Label("Start from savepoint"), fromSavepoint);
        grid.add(allowDropping, 1, 5);
        grid.add(hint, 0, 6, 2, 1);
        grid.add(problem, 0, 7, 2, 1);

        Dialog<DeployRequest> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Deploy to Cluster");
        dialog.setHeaderText("Run " + (pipeline.name() == null ? "the pipeline" : pipeline.name())
                + " on a Flink session cluster");
        dialog.getDialogPane().setId("deploy-dialog");
        dialog.getDialogPane().getButtonTypes().setAll(DEPLOY, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(grid);
        Button deploy = (Button) dialog.getDialogPane().lookupButton(DEPLOY);
        deploy.setId("deploy-confirm");
        deploy.addEventFilter(ActionEvent.ACTION, e -> {
            try {
                request(cluster, mode, parallelism, parameters, fromSavepoint, allowDropping);
            } catch (IllegalArgumentException bad) {
                problem.setText(bad.getMessage());
                e.consume();
            }
        });
        dialog.setResultConverter(button -> button == DEPLOY
                ? request(cluster, mode, parallelism, parameters, fromSavepoint, allowDropping) : null);
        javafx.application.Platform.runLater(cluster::requestFocus);
        return dialog.showAndWait();
    }

    private static DeployRequest request(TextField cluster, ComboBox<ExecutionMode> mode, TextField parallelism,
            TextArea parameters, TextField savepoint, CheckBox allowDropping) {
        String address = cluster.getText().strip();
        if (address.isEmpty()) {
            throw new IllegalArgumentException("Give the cluster's REST address, like " + DeploySettings.DEFAULT_ADDRESS);
        }
        int n;
        try {
            n = Integer.parseInt(parallelism.getText().strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The parallelism must be a whole number (0: the cluster's default) but is '"
                    + parallelism.getText() + "'");
        }
        if (n < 0) {
            throw new IllegalArgumentException("The parallelism must be 0 or more but is " + n);
        }
        return new DeployRequest(address, mode.getValue(), parseParameters(parameters.getText()), n,
                savepoint.getText(), allowDropping.isSelected());
    }

    /** {@code NAME=VALUE} lines; empty lines and empty values are skipped. */
    static Map<String, String> parseParameters(String text) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("Expected parameters as NAME=VALUE lines but found '" + line.strip() + "'");
            }
            String value = line.substring(eq + 1).strip();
            // an empty value leaves the parameter to its default, or unbound, which validation then names
            if (!value.isEmpty()) {
                values.put(line.substring(0, eq).strip(), value);
            }
        }
        return values;
    }

    private static String parameterLines(Pipeline pipeline) {
        StringBuilder lines = new StringBuilder();
        for (ParameterSpec spec : pipeline.parameters()) {
            lines.append(spec.name()).append('=').append(spec.defaultValue() == null ? "" : spec.defaultValue())
                    .append('\n');
        }
        return lines.toString();
    }
}
