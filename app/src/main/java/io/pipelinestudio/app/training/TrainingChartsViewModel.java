package io.pipelinestudio.app.training;

import io.pipelinestudio.app.run.RunObserver;
import io.pipelinestudio.model.Edge;
import io.pipelinestudio.model.Pipeline;
import io.pipelinestudio.model.node.TrainNode;
import io.pipelinestudio.model.validate.ExecutionMode;
import io.pipelinestudio.model.validate.PipelineValidator;
import io.pipelinestudio.model.validate.StreamInfo;
import io.pipelinestudio.model.validate.ValidationReport;
import io.pipelinestudio.runtime.run.RunListener;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The state behind the training charts: one loss curve per train node and run, overlaid; the weights and
 * the data with the current fit of the latest run. Runs feed their curves on the job's threads; the charts
 * take copies on the FX thread at most {@link #REDRAWS_PER_SECOND} times a second.
 */
final class TrainingChartsViewModel implements RunObserver {
    static final int REDRAWS_PER_SECOND = 20;
    /** Older runs make way: the chart stays readable and memory bounded however many runs are made. */
    static final int MAX_CURVES = 10;

    private final List<TrainCurve> curves = new ArrayList<>();
    private final Map<TrainCurve, XYSeries> lossSeries = new HashMap<>();
    private final Map<TrainCurve, Long> shownRevisions = new HashMap<>();
    private final XYSeriesCollection losses = new XYSeriesCollection();
    private final XYSeriesCollection weights = new XYSeriesCollection();
    private final XYSeriesCollection data = new XYSeriesCollection();
    private final XYSeriesCollection fit = new XYSeriesCollection();
    private final JFreeChart lossChart;
    private final JFreeChart weightsChart;
    private final JFreeChart fitChart;
    private final ValueAxis linearLossAxis;
    private final ValueAxis logLossAxis;
    private final BooleanProperty logScale = new SimpleBooleanProperty(this, "logScale", false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "No training run yet");
    private static final String NO_RUN_NOTE = "Run a pipeline with a train node to see its data and fit here";
    private final ReadOnlyStringWrapper fitNote = new ReadOnlyStringWrapper(this, "fitNote", NO_RUN_NOTE);
    private final ReadOnlyBooleanWrapper fitAvailable = new ReadOnlyBooleanWrapper(this, "fitAvailable", false);
    private final FxThrottle throttle = new FxThrottle(this::redraw, 1000 / REDRAWS_PER_SECOND);
    private TrainCurve focus;
    /** How many steps of the focused run can be replayed: set when it ends, 0 while it runs. */
    private final ReadOnlyIntegerWrapper replaySteps = new ReadOnlyIntegerWrapper(this, "replaySteps", 0);
    private TrainCurve.Snapshot replayed;
    private int runs;
    private long redraws;
    private long redrawNanos;

    TrainingChartsViewModel() {
        linearLossAxis = TrainingChartFactory.valueAxis("loss");
        logLossAxis = TrainingChartFactory.logAxis("loss (log)");
        lossChart = TrainingChartFactory.lines("Loss per step", "step", linearLossAxis, losses);
        weightsChart = TrainingChartFactory.lines("Weights", "step", TrainingChartFactory.valueAxis("value"), weights);
        fitChart = TrainingChartFactory.scatterWithCurve("Data and fit", data, fit);
        logScale.addListener((o, was, log) -> lossPlot().setRangeAxis(log ? logLossAxis : linearLossAxis));
    }

    JFreeChart lossChart() {
        return lossChart;
    }

    JFreeChart weightsChart() {
        return weightsChart;
    }

    JFreeChart fitChart() {
        return fitChart;
    }

    XYPlot lossPlot() {
        return lossChart.getXYPlot();
    }

    XYSeriesCollection losses() {
        return losses;
    }

    XYSeriesCollection weights() {
        return weights;
    }

    XYSeriesCollection data() {
        return data;
    }

    XYSeriesCollection fit() {
        return fit;
    }

    BooleanProperty logScaleProperty() {
        return logScale;
    }

    ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Why there is no picture of the fit, or empty when there is one. */
    ReadOnlyStringProperty fitNoteProperty() {
        return fitNote.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty fitAvailableProperty() {
        return fitAvailable.getReadOnlyProperty();
    }

    @Override
    public Set<String> watched(Pipeline pipeline) {
        Set<String> ids = new LinkedHashSet<>();
        for (TrainNode train : trainNodes(pipeline)) {
            ids.add(train.id());
            if (pictured(train)) {
                input(pipeline, train).ifPresent(edge -> ids.add(edge.from()));
            }
        }
        return ids;
    }

    @Override
    public RunListener started(Pipeline pipeline, ExecutionMode mode, String runLabel) {
        List<TrainNode> trains = trainNodes(pipeline);
        if (trains.isEmpty()) {
            return RunListener.NONE;
        }
        runs++;
        String label = runLabel == null || runLabel.isBlank() ? "run " + runs : runLabel;
        ValidationReport report = PipelineValidator.validate(pipeline);
        Map<String, List<TrainCurve>> byTrainNode = new HashMap<>();
        Map<String, List<TrainCurve>> byInput = new HashMap<>();
        TrainCurve newFocus = null;
        for (TrainNode train : trains) {
            Optional<Edge> input = input(pipeline, train);
            int[] columns = pictured(train) && input.isPresent()
                    ? sampleColumns(report.stream(input.get().from(), input.get().fromPort()), train) : null;
            String legend = uniqueLegend(label + (trains.size() > 1 ? " \u00b7 " + train.displayName() : "")
                    + " \u00b7 \u03b1=" + train.learningRate());
            TrainCurve curve = new TrainCurve(label, mode, legend, train, columns);
            add(curve);
            byTrainNode.computeIfAbsent(train.id(), id -> new ArrayList<>()).add(curve);
            if (columns != null) {
                byInput.computeIfAbsent(TrainingRunListener.inputKey(input.get().from(), input.get().fromPort()),
                        key -> new ArrayList<>()).add(curve);
            }
            if (newFocus == null || !newFocus.samplesInput() && curve.samplesInput()) {
                newFocus = curve;
            }
        }
        focusOn(newFocus);
        status.set(label + " \u00b7 " + mode.name().toLowerCase(Locale.ROOT) + " \u00b7 started");
        return new TrainingRunListener(byTrainNode, byInput, throttle);
    }

    /** Forgets every run; runs still going keep feeding their curves, which are no longer drawn. */
    void clearRuns() {
        curves.clear();
        lossSeries.clear();
        shownRevisions.clear();
        losses.removeAllSeries();
        weights.removeAllSeries();
        data.removeAllSeries();
        fit.removeAllSeries();
        focus = null;
        replayed = null;
        replaySteps.set(0);
        fitAvailable.set(false);
        fitNote.set(NO_RUN_NOTE);
        status.set("No training run yet");
    }

    private void add(TrainCurve curve) {
        if (curves.size() == MAX_CURVES) {
            TrainCurve oldest = curves.remove(0);
            losses.removeSeries(lossSeries.remove(oldest));
            shownRevisions.remove(oldest);
        }
        curves.add(curve);
        XYSeries series = new XYSeries(curve.legend(), false, true);
        lossSeries.put(curve, series);
        losses.addSeries(series);
    }

    /** How many steps of the finished run in focus can be replayed; 0 while it runs or when none ended. */
    ReadOnlyIntegerProperty replayStepsProperty() {
        return replaySteps.getReadOnlyProperty();
    }

    /**
     * Shows the finished run in focus as it was at its {@code index}-th kept step: the loss and weights up to
     * there, and the fit of the model of that step. The last index shows the whole run again.
     */
    void showStep(int index) {
        TrainCurve.Snapshot all = replayed;
        if (focus == null || all == null || all.loss()[0].length == 0) {
            return;
        }
        int last = all.loss()[0].length - 1;
        int at = Math.max(0, Math.min(index, last));
        double[][][] weightsUpTo = new double[all.weights().length][][];
        double[] model = new double[all.weights().length];
        for (int i = 0; i < weightsUpTo.length; i++) {
            weightsUpTo[i] = prefix(all.weights()[i], at);
            model[i] = all.weights()[i][1][at];
        }
        TrainCurve.Snapshot step = new TrainCurve.Snapshot(all.revision(), prefix(all.loss(), at), weightsUpTo,
                all.sample(), model, (long) all.loss()[0][at], all.loss()[1][at],
                at == last ? all.ending() : "replaying step " + (at + 1) + " of " + (last + 1) + " kept");
        lossChart.setNotify(false);
        weightsChart.setNotify(false);
        fitChart.setNotify(false);
        try {
            fill(lossSeries.get(focus), step.loss()[0], step.loss()[1]);
            showFocus(focus, step);
        } finally {
            lossChart.setNotify(true);
            weightsChart.setNotify(true);
            fitChart.setNotify(true);
        }
    }

    private static double[][] prefix(double[][] points, int last) {
        return new double[][] {java.util.Arrays.copyOf(points[0], last + 1), java.util.Arrays.copyOf(points[1], last + 1)};
    }

    private void focusOn(TrainCurve curve) {
        focus = curve;
        replayed = null;
        replaySteps.set(0);
        weights.removeAllSeries();
        for (int i = 0; i <= curve.node().features().size(); i++) {
            weights.addSeries(new XYSeries(TrainCurve.weightName(curve.node(), i), false, true));
        }
        weightsChart.setTitle("Weights \u00b7 " + curve.legend());
        data.removeAllSeries();
        fit.removeAllSeries();
        FitGeometry.Shape shape = shape(curve.node());
        fitAvailable.set(curve.samplesInput());
        fitNote.set(curve.samplesInput() ? "" : shape == FitGeometry.Shape.NONE
                ? "The fit is drawn for a linear regression on one feature or a logistic regression on one or two"
                        + " features; " + curve.node().displayName() + " has " + curve.node().features().size()
                : "The fit needs the train node's input connected");
        if (!curve.samplesInput()) {
            return;
        }
        List<String> features = curve.node().features();
        XYPlot plot = fitChart.getXYPlot();
        plot.getDomainAxis().setLabel(features.get(0));
        plot.getRangeAxis().setLabel(shape == FitGeometry.Shape.BOUNDARY ? features.get(1) : curve.node().labelField());
        if (shape == FitGeometry.Shape.LINE) {
            data.addSeries(new XYSeries("data", false, true));
            fit.addSeries(new XYSeries("fitted line", false, true));
        } else {
            data.addSeries(new XYSeries("label 0", false, true));
            data.addSeries(new XYSeries("label 1", false, true));
            fit.addSeries(new XYSeries(shape == FitGeometry.Shape.BOUNDARY ? "decision boundary" : "probability",
                    false, true));
        }
        fitChart.setTitle("Data and fit \u00b7 " + curve.legend());
    }

    /** Copies what changed since the last redraw into the charts; runs on the FX thread. */
    private void redraw() {
        List<JFreeChart> charts = List.of(lossChart, weightsChart, fitChart);
        // each chart draws once per redraw, not once per series changed
        long started = System.nanoTime();
        charts.forEach(chart -> chart.setNotify(false));
        try {
            copyChangedCurves();
        } finally {
            charts.forEach(chart -> chart.setNotify(true));
        }
        redraws++;
        redrawNanos += System.nanoTime() - started;
    }

    /** How many redraws ran, and how long they held the FX thread in all: the cost of watching a run. */
    long[] redrawStatistics() {
        return new long[] {redraws, redrawNanos};
    }

    private void copyChangedCurves() {
        for (TrainCurve curve : List.copyOf(curves)) {
            Long shown = shownRevisions.get(curve);
            if (shown != null && shown == curve.revision()) {
                continue;
            }
            TrainCurve.Snapshot snapshot = curve.snapshot();
            shownRevisions.put(curve, snapshot.revision());
            fill(lossSeries.get(curve), snapshot.loss()[0], snapshot.loss()[1]);
            if (curve == focus) {
                showFocus(curve, snapshot);
                // a finished run can be gone through again, step by step
                replayed = snapshot.ending().isEmpty() ? null : snapshot;
                replaySteps.set(replayed == null ? 0 : replayed.loss()[0].length);
            }
        }
    }

    private void showFocus(TrainCurve curve, TrainCurve.Snapshot snapshot) {
        for (int i = 0; i < snapshot.weights().length && i < weights.getSeriesCount(); i++) {
            fill(weights.getSeries(i), snapshot.weights()[i][0], snapshot.weights()[i][1]);
        }
        String progress = snapshot.hasSteps()
                ? String.format(Locale.ROOT, " \u00b7 step %d \u00b7 loss %.6g", snapshot.lastStep(), snapshot.lastLoss())
                : " \u00b7 waiting for the first step";
        status.set(curve.runLabel() + " \u00b7 " + curve.mode().name().toLowerCase(Locale.ROOT) + progress
                + (snapshot.ending().isEmpty() ? "" : " \u00b7 " + snapshot.ending()));
        if (curve.samplesInput() && data.getSeriesCount() > 0) {
            showFit(shape(curve.node()), snapshot);
        }
    }

    private void showFit(FitGeometry.Shape shape, TrainCurve.Snapshot snapshot) {
        List<double[]> rows = snapshot.sample();
        if (shape == FitGeometry.Shape.LINE) {
            fill(data.getSeries(0), column(rows, 0), column(rows, 1));
        } else {
            // rows are features then label: the label is the last column, the vertical axis the second
            int label = shape == FitGeometry.Shape.BOUNDARY ? 2 : 1;
            List<double[]> zeros = rows.stream().filter(r -> r[label] < 0.5).toList();
            List<double[]> ones = rows.stream().filter(r -> r[label] >= 0.5).toList();
            fill(data.getSeries(0), column(zeros, 0), column(zeros, 1));
            fill(data.getSeries(1), column(ones, 0), column(ones, 1));
        }
        double[][] curve = FitGeometry.curve(shape, snapshot.model(), FitGeometry.box(shape, rows));
        fill(fit.getSeries(0), curve[0], curve[1]);
    }

    private static double[] column(List<double[]> rows, int index) {
        return rows.stream().mapToDouble(row -> row[index]).toArray();
    }

    /** Replaces the series' points with one change event, so the chart redraws once. */
    private static void fill(XYSeries series, double[] xs, double[] ys) {
        series.setNotify(false);
        series.clear();
        for (int i = 0; i < xs.length; i++) {
            series.add(xs[i], ys[i], false);
        }
        series.setNotify(true);
    }

    private String uniqueLegend(String wanted) {
        Set<String> taken = new HashSet<>();
        curves.forEach(curve -> taken.add(curve.legend()));
        String legend = wanted;
        for (int n = 2; taken.contains(legend); n++) {
            legend = wanted + " (" + n + ")";
        }
        return legend;
    }

    private static List<TrainNode> trainNodes(Pipeline pipeline) {
        return pipeline.nodes().stream().filter(TrainNode.class::isInstance).map(TrainNode.class::cast).toList();
    }

    private static Optional<Edge> input(Pipeline pipeline, TrainNode train) {
        return pipeline.mainInputOf(train.id());
    }

    private static FitGeometry.Shape shape(TrainNode train) {
        return FitGeometry.shape(train.model(), train.features().size());
    }

    private static boolean pictured(TrainNode train) {
        return shape(train) != FitGeometry.Shape.NONE;
    }

    /** Where the features and the label sit in the input's rows, or null when the input lacks one of them. */
    private static int[] sampleColumns(Optional<StreamInfo> input, TrainNode train) {
        if (input.isEmpty()) {
            return null;
        }
        List<String> names = new ArrayList<>(train.features());
        names.add(train.labelField());
        int[] columns = new int[names.size()];
        for (int i = 0; i < columns.length; i++) {
            columns[i] = names.get(i) == null ? -1 : input.get().schema().indexOf(names.get(i));
            if (columns[i] < 0) {
                return null;
            }
        }
        return columns;
    }
}
