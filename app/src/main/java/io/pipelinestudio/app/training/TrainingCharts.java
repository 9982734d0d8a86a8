package io.pipelinestudio.app.training;

import io.pipelinestudio.app.chart.ThemedChartViewer;
import io.pipelinestudio.app.run.RunObserver;
import io.pipelinestudio.model.Pipeline;
import io.pipelinestudio.model.validate.ExecutionMode;
import io.pipelinestudio.runtime.run.RunListener;
import java.net.URL;
import java.util.Set;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;

/**
 * Live loss curves of training runs (several runs overlaid, linear or log scale), the weights over time
 * and the data with the current fitted line or decision boundary; a {@link RunObserver}, so runs started
 * from the designer feed it while they go on.
 */
public final class TrainingCharts implements RunObserver {
    private final TrainingChartsViewModel model = new TrainingChartsViewModel();
    private final BorderPane root = new BorderPane();
    private final CheckBox logScale = new CheckBox("Log scale");
    private final Button clear = new Button("Clear runs");
    private final Label status = new Label();
    private final Label fitNote = new Label();
    /** Training steps per second, 0 for as fast as possible: slow enough to follow each step on the charts. */
    private final ComboBox<Double> stepRate = new ComboBox<>();
    /** Goes back through a finished run: the loss, weights and fit as they were at each step. */
    private final Slider replay = new Slider();
    private boolean movingReplay;
    private final ChartViewer lossViewer;
    private final ChartViewer weightsViewer;
    private final ChartViewer fitViewer;

    public TrainingCharts() {
        lossViewer = viewer(model.lossChart(), "training-loss-chart");
        weightsViewer = viewer(model.weightsChart(), "training-weights-chart");
        fitViewer = viewer(model.fitChart(), "training-fit-chart");
        createView();
        initListeners();
    }

    /** The charts with their tool bar, to place wherever the designer shows run results. */
    public Node view() {
        return root;
    }

    @Override
    public Set<String> watched(Pipeline pipeline) {
        return model.watched(pipeline);
    }

    @Override
    public RunListener started(Pipeline pipeline, ExecutionMode mode, String runLabel) {
        return model.started(pipeline, mode, runLabel);
    }

    /** Shows and changes the runs' training steps per second (0: as fast as possible). */
    public void bindStepRate(javafx.beans.property.DoubleProperty rate) {
        stepRate.setValue(rate.get());
        stepRate.valueProperty().addListener((o, old, now) -> {
            if (now != null) {
                rate.set(now);
            }
        });
        rate.addListener((o, old, now) -> stepRate.setValue(now.doubleValue()));
    }

    @Override
    public void forget() {
        model.clearRuns();
    }

    TrainingChartsViewModel model() {
        return model;
    }

    private void createView() {
        root.setId("training-charts");
        root.getStyleClass().add("training-charts");
        URL css = TrainingCharts.class.getResource("/assets/css/training.css");
        if (css != null) {
            root.getStylesheets().add(css.toExternalForm());
        }
        logScale.setId("training-log-scale");
        clear.setId("training-clear");
        status.setId("training-status");
        status.getStyleClass().add("training-status");
        fitNote.setId("training-fit-note");
        fitNote.getStyleClass().add("training-fit-note");
        fitNote.setWrapText(true);
        // a tool bar would move the status into its overflow menu when narrow; this row shortens it instead
        status.setMinWidth(0);
        status.setMaxWidth(Double.MAX_VALUE);
        status.setAlignment(javafx.geometry.Pos.CENTER_RIGHT);
        javafx.scene.layout.HBox.setHgrow(status, Priority.ALWAYS);
        // only the status gives way: a narrow row (the results beside the canvas, large type) cut "Clear runs" to "Cl…"
        logScale.setMinWidth(Region.USE_PREF_SIZE);
        clear.setMinWidth(Region.USE_PREF_SIZE);
        stepRate.setMinWidth(Region.USE_PREF_SIZE);
        stepRate.setId("training-step-rate");
        stepRate.getItems().setAll(1.0, 5.0, 20.0, 100.0, 0.0);
        stepRate.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Double rate) {
                return rate == null ? "" : rate == 0 ? "Steps: as fast as possible"
                        : String.format(java.util.Locale.ROOT, "%.0f step%s/s", rate, rate == 1 ? "" : "s");
            }

            @Override
            public Double fromString(String text) {
                return null;
            }
        });
        stepRate.setTooltip(new Tooltip("How many gradient-descent steps a run takes per second, to follow them"
                + " one by one; Pause and Step in the toolbar hold and advance them"));
        replay.setId("training-replay");
        replay.setTooltip(new Tooltip("Replays the finished run step by step"));
        replay.setMinWidth(120);
        replay.setPrefWidth(200);
        replay.setBlockIncrement(1);
        replay.setMajorTickUnit(1);
        replay.setSnapToTicks(true);
        javafx.scene.layout.HBox bar = new javafx.scene.layout.HBox(8, logScale, clear, stepRate, replay, status);
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        bar.getStyleClass().add("tool-bar");
        root.setTop(bar);
        StackPane fitArea = new StackPane(fitViewer, fitNote);
        SplitPane charts = new SplitPane(lossViewer, weightsViewer, fitArea);
        charts.setOrientation(Orientation.HORIZONTAL);
        charts.setDividerPositions(0.4, 0.7);
        root.setCenter(charts);
    }

    private void initListeners() {
        logScale.selectedProperty().bindBidirectional(model.logScaleProperty());
        replay.visibleProperty().bind(model.replayStepsProperty().greaterThan(1));
        replay.managedProperty().bind(replay.visibleProperty());
        model.replayStepsProperty().addListener((o, old, steps) -> {
            // a new finished run starts at its end, as the charts show it
            movingReplay = true;
            try {
                replay.setMax(Math.max(0, steps.intValue() - 1));
                replay.setValue(replay.getMax());
            } finally {
                movingReplay = false;
            }
        });
        replay.valueProperty().addListener((o, old, now) -> {
            if (!movingReplay) {
                model.showStep((int) Math.round(now.doubleValue()));
            }
        });
        clear.setOnAction(e -> model.clearRuns());
        status.textProperty().bind(model.statusProperty());
        fitNote.textProperty().bind(model.fitNoteProperty());
        fitNote.visibleProperty().bind(model.fitAvailableProperty().not());
        fitViewer.visibleProperty().bind(model.fitAvailableProperty());
    }

    private static ChartViewer viewer(JFreeChart chart, String id) {
        ChartViewer viewer = new ThemedChartViewer(chart, TrainingChartFactory::applyTheme);
        viewer.setId(id);
        viewer.setMinSize(160, 140);
        viewer.setPrefSize(360, 240);
        return viewer;
    }
}
