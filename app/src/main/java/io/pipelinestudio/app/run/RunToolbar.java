package io.pipelinestudio.app.run;

import io.pipelinestudio.app.actions.StudioAction;
import io.pipelinestudio.model.validate.ExecutionMode;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;

/** Run, the mode toggle and Stop, bound to the run controller; the actions themselves live elsewhere. */
public final class RunToolbar extends ToolBar {
    private final Button run = new Button("\u25b6 Run");
    private final Button stop = new Button("\u25a0 Stop");
    private final ToggleButton batch = new ToggleButton("Batch");
    private final ToggleButton streaming = new ToggleButton("Streaming");
    private final ToggleGroup modes = new ToggleGroup();
    private final ComboBox<ReplaySpeed> speed = new ComboBox<>();
    private final ToggleButton pause = new ToggleButton("Pause");
    private final Button step = new Button("Step");

    public RunToolbar(RunController controller, Runnable runAction, Runnable compareAction) {
        createView(compareAction);
        initListeners(controller, runAction);
    }

    private void createView(Runnable compareAction) {
        setId("run-toolbar");
        getStyleClass().add("run-toolbar");
        run.setId("run-button");
        run.setTooltip(new Tooltip(StudioAction.RUN_PIPELINE.tooltip()));
        stop.setId("stop-button");
        stop.setTooltip(new Tooltip(StudioAction.STOP.tooltip()));
        batch.setId("mode-batch");
        streaming.setId("mode-streaming");
        batch.setToggleGroup(modes);
        streaming.setToggleGroup(modes);
        batch.setUserData(ExecutionMode.BATCH);
        streaming.setUserData(ExecutionMode.STREAMING);
        Button compare = new Button("Batch = Stream?");
        compare.setId("compare-button");
        compare.setTooltip(new Tooltip(StudioAction.COMPARE_MODES.tooltip()));
        compare.setOnAction(e -> compareAction.run());
        speed.setId("replay-speed");
        speed.getItems().setAll(ReplaySpeed.values());
        speed.setTooltip(new Tooltip("How fast a streaming run plays its event time: \u00d71 as recorded, or faster;"
                + " it can change while the run goes on"));
        pause.setId("pause-button");
        pause.setTooltip(new Tooltip("Holds the running stream, and training, where they are"));
        step.setId("step-button");
        step.setTooltip(new Tooltip("While paused: one training step"));
        getItems().addAll(run, stop, new Separator(), batch, streaming, new Separator(), compare, new Separator(),
                speed, pause, step);
    }

    private void initListeners(RunController controller, Runnable runAction) {
        run.setOnAction(e -> runAction.run());
        stop.setOnAction(e -> controller.stop());
        run.disableProperty().bind(controller.runningProperty());
        stop.disableProperty().bind(controller.runningProperty().not());
        select(controller.modeProperty().get());
        controller.modeProperty().addListener((o, old, now) -> select(now));
        modes.selectedToggleProperty().addListener((o, old, now) -> {
            if (now == null) {
                // a mode is always chosen: clicking the selected toggle keeps it
                modes.selectToggle(old);
            } else {
                controller.modeProperty().set((ExecutionMode) now.getUserData());
            }
        });
        batch.disableProperty().bind(controller.runningProperty());
        streaming.disableProperty().bind(controller.runningProperty());
        speed.valueProperty().bindBidirectional(controller.replaySpeedProperty());
        pause.disableProperty().bind(controller.runningProperty().not());
        pause.setOnAction(e -> {
            if (pause.isSelected()) {
                controller.pause();
            } else {
                controller.resume();
            }
        });
        controller.pausedProperty().addListener((o, was, now) -> {
            pause.setSelected(now);
            pause.setText(now ? "\u25b6 Resume" : "Pause");
        });
        step.disableProperty().bind(controller.pausedProperty().not());
        step.setOnAction(e -> controller.step());
    }

    private void select(ExecutionMode mode) {
        modes.selectToggle(mode == ExecutionMode.BATCH ? batch : streaming);
    }
}
