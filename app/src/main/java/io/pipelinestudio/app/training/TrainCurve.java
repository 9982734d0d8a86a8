package io.pipelinestudio.app.training;

import io.pipelinestudio.model.node.ModelKind;
import io.pipelinestudio.model.node.TrainNode;
import io.pipelinestudio.model.validate.ExecutionMode;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The progress of one train node in one run: its loss and weights per step and a sample of the data it
 * learns from, all bounded. Fed on the job's threads and read on the FX thread, so every access is guarded.
 */
final class TrainCurve {
    static final int LOSS_POINTS = 4_000;
    static final int WEIGHT_POINTS = 1_000;
    static final int SAMPLE_ROWS = 400;

    private final String legend;
    private final String runLabel;
    private final ExecutionMode mode;
    private final TrainNode node;
    /** Where the features, then the label, sit in the input's rows; null when no sample is taken. */
    private final int[] sampleColumns;
    private final DecimatedSeries loss = new DecimatedSeries(LOSS_POINTS);
    private final DecimatedSeries[] weights;
    private final ReservoirSample sample = new ReservoirSample(SAMPLE_ROWS);
    private final AtomicLong revision = new AtomicLong();
    private double[] model;
    private long lastStep = -1;
    private double lastLoss = Double.NaN;
    private String ending = "";

    TrainCurve(String runLabel, ExecutionMode mode, String legend, TrainNode node, int[] sampleColumns) {
        this.runLabel = runLabel;
        this.mode = mode;
        this.legend = legend;
        this.node = node;
        this.sampleColumns = sampleColumns == null ? null : sampleColumns.clone();
        this.weights = new DecimatedSeries[node.features().size() + 1];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = new DecimatedSeries(WEIGHT_POINTS);
        }
    }

    String legend() {
        return legend;
    }

    String runLabel() {
        return runLabel;
    }

    ExecutionMode mode() {
        return mode;
    }

    TrainNode node() {
        return node;
    }

    boolean samplesInput() {
        return sampleColumns != null;
    }

    /** Grows with every change; the FX side redraws a curve only when it moved. */
    long revision() {
        return revision.get();
    }

    /** One of the train node's rows {@code (step, loss, bias, w...)}. */
    synchronized void addStep(List<Object> row) {
        if (row.size() != weights.length + 2) {
            return;
        }
        double step = number(row.get(0));
        double value = number(row.get(1));
        loss.add(step, value);
        double[] current = new double[weights.length];
        for (int i = 0; i < weights.length; i++) {
            current[i] = number(row.get(2 + i));
            weights[i].add(step, current[i]);
        }
        model = current;
        lastStep = (long) step;
        lastLoss = value;
        revision.incrementAndGet();
    }

    /** One of the input's rows; kept in the sample when its features and label are numbers. */
    synchronized void addInput(List<Object> row) {
        if (sampleColumns == null) {
            return;
        }
        double[] point = new double[sampleColumns.length];
        for (int i = 0; i < point.length; i++) {
            int column = sampleColumns[i];
            point[i] = column < row.size() ? number(row.get(column)) : Double.NaN;
            if (!Double.isFinite(point[i])) {
                return;
            }
        }
        sample.add(point);
        revision.incrementAndGet();
    }

    synchronized void end(String how) {
        ending = how;
        revision.incrementAndGet();
    }

    synchronized Snapshot snapshot() {
        double[][][] weightPoints = new double[weights.length][][];
        for (int i = 0; i < weights.length; i++) {
            weightPoints[i] = weights[i].copy();
        }
        return new Snapshot(revision.get(), loss.copy(), weightPoints, sample.copy(),
                model == null ? null : model.clone(), lastStep, lastLoss, ending);
    }

    private static double number(Object value) {
        return value instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    /**
     * A copy of a curve at one moment: loss and weight points as {@code {xs, ys}}, the sample rows
     * (features then label), and the latest model {@code (bias, w...)} or null before the first step.
     */
    record Snapshot(long revision, double[][] loss, double[][][] weights, List<double[]> sample, double[] model,
            long lastStep, double lastLoss, String ending) {
        boolean hasSteps() {
            return model != null;
        }
    }

    static String weightName(TrainNode node, int index) {
        return index == 0 ? "bias" : "w_" + node.features().get(index - 1);
    }

    static boolean logistic(TrainNode node) {
        return node.model() == ModelKind.LOGISTIC_REGRESSION;
    }
}
