package io.pipelinestudio.app.run;

import io.pipelinestudio.model.ParameterSpec;
import io.pipelinestudio.model.Pipeline;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** Asks for the values of a pipeline's {@code ${...}} parameters, starting from the last ones used or the defaults. */
public final class ParametersDialog {
    private ParametersDialog() {}

    /** The values to run with, or empty when the person cancelled. */
    public static Optional<Map<String, String>> ask(Window owner, Pipeline pipeline, Map<String, String> current) {
        Dialog<Map<String, String>> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Run parameters");
        dialog.setHeaderText(pipeline.parameters().isEmpty() ? "This pipeline declares no parameters"
                : "Values for the parameters of '" + pipeline.name() + "'");
        ButtonType run = new ButtonType("Run", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(run, ButtonType.CANCEL);
        dialog.getDialogPane().setId("parameters-dialog");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        Map<String, TextField> fields = new LinkedHashMap<>();
        int row = 0;
        for (ParameterSpec spec : pipeline.parameters()) {
            Label name = new Label(spec.name());
            TextField value = new TextField(current.getOrDefault(spec.name(),
                    spec.defaultValue() == null ? "" : spec.defaultValue()));
            value.setId("parameter-" + spec.name());
            value.setPrefColumnCount(36);
            if (spec.description() != null) {
                value.setTooltip(new Tooltip(spec.description()));
            }
            value.setPromptText(spec.defaultValue() == null ? "required" : spec.defaultValue());
            grid.addRow(row++, name, value);
            fields.put(spec.name(), value);
        }
        dialog.getDialogPane().setContent(grid);
        dialog.setResultConverter(button -> {
            if (button != run) {
                return null;
            }
            Map<String, String> values = new LinkedHashMap<>(current);
            fields.forEach((name, field) -> values.put(name, field.getText()));
            return values;
        });
        return dialog.showAndWait();
    }
}
