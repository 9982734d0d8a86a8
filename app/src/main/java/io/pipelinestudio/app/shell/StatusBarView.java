package io.pipelinestudio.app.shell;

import io.pipelinestudio.app.canvas.CanvasView;
import io.pipelinestudio.app.canvas.CanvasViewModel;
import io.pipelinestudio.app.theme.Styles;
import io.pipelinestudio.model.validate.ValidationReport;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The status bar: the latest message, the graph's size, whether it is valid, and the zoom. */
final class StatusBarView extends HBox {
    private static final PseudoClass ERROR = PseudoClass.getPseudoClass(Styles.ERROR);

    private final Label message = new Label();
    private final Label size = new Label();
    private final Label validity = new Label();
    private final Label zoom = new Label();

    StatusBarView(CanvasViewModel model, CanvasView canvas) {
        getStyleClass().add(Styles.STATUS_BAR);
        setId("status-bar");
        message.setId("status-message");
        validity.setId("status-validity");
        validity.getStyleClass().add("status-validity");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(message, spacer, size, validity, zoom);

        message.textProperty().bind(model.messageProperty());
        size.textProperty().bind(Bindings.createStringBinding(() -> {
            var p = model.document().pipeline();
            return p.nodes().size() + (p.nodes().size() == 1 ? " node" : " nodes") + " \u00b7 "
                    + p.edges().size() + (p.edges().size() == 1 ? " connection" : " connections");
        }, model.document().pipelineProperty()));
        zoom.textProperty().bind(Bindings.createStringBinding(
                () -> Math.round(canvas.zoomProperty().get() * 100) + " %", canvas.zoomProperty()));
        model.validation().reportProperty().addListener((obs, old, report) -> showValidity(report));
        showValidity(model.validation().report());
    }

    /** Adds a live indicator, such as the run's state, before the graph's size. */
    void addIndicator(javafx.scene.Node indicator) {
        getChildren().add(getChildren().indexOf(size), indicator);
    }

    private void showValidity(ValidationReport report) {
        if (report == null) {
            validity.setText("Checking\u2026");
            return;
        }
        long errors = report.errors().size();
        long warnings = report.problems().size() - errors;
        String warningText = warnings + (warnings == 1 ? " warning" : " warnings");
        validity.setText(errors == 0 ? (warnings == 0 ? "\u2713 Valid" : "\u2713 Valid, " + warningText)
                : errors + (errors == 1 ? " error" : " errors"));
        validity.pseudoClassStateChanged(ERROR, errors > 0);
    }
}
