package io.pipelinestudio.app.run;

import io.pipelinestudio.runtime.run.RunState;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;

/** The status bar's run indicator: the job's state and how long it has run. */
public final class RunStatusView extends Label {
    private static final PseudoClass FAILED = PseudoClass.getPseudoClass("failed");

    public RunStatusView(RunController controller) {
        setId("run-status");
        getStyleClass().add("run-status");
        textProperty().bind(Bindings.createStringBinding(() -> {
            RunState state = controller.stateProperty().get();
            if (state == null) {
                return "";
            }
            return state.name().toLowerCase(Locale.ROOT) + " \u00b7 " + controller.elapsedProperty().get();
        }, controller.stateProperty(), controller.elapsedProperty()));
        controller.stateProperty().addListener((o, old, now) -> pseudoClassStateChanged(FAILED, now == RunState.FAILED));
    }
}
