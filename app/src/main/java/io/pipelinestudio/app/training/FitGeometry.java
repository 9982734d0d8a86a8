package io.pipelinestudio.app.training;

import io.pipelinestudio.model.node.ModelKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What the current model looks like over the data: the fitted line of a linear regression on one feature,
 * the probability curve of a logistic regression on one feature, or the decision boundary
 * {@code b + w1*x1 + w2*x2 = 0} of a logistic regression on two features, cut to the data's box.
 */
final class FitGeometry {
    static final int CURVE_POINTS = 60;

    enum Shape {
        /** Linear regression, one feature: the data's x against y, and the line. */
        LINE,
        /** Logistic regression, one feature: the data's x against its 0/1 label, and the probability. */
        SIGMOID,
        /** Logistic regression, two features: x1 against x2 by label, and where the probability is 1/2. */
        BOUNDARY,
        /** Anything else has no picture in two dimensions. */
        NONE
    }

    private FitGeometry() {}

    static Shape shape(ModelKind model, int features) {
        boolean logistic = model == ModelKind.LOGISTIC_REGRESSION;
        if (features == 1) {
            return logistic ? Shape.SIGMOID : Shape.LINE;
        }
        return features == 2 && logistic ? Shape.BOUNDARY : Shape.NONE;
    }

    /** The box {@code {xmin, xmax, ymin, ymax}} around the sample's rows as the chart plots them. */
    static double[] box(Shape shape, List<double[]> sample) {
        double[] box = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
                Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (double[] row : sample) {
            // rows are features then label: for one feature the label is the vertical axis
            double x = row[0];
            double y = row[1];
            box[0] = Math.min(box[0], x);
            box[1] = Math.max(box[1], x);
            box[2] = Math.min(box[2], y);
            box[3] = Math.max(box[3], y);
        }
        return box;
    }

    /** The points {@code {xs, ys}} of the model's curve over {@code box}; empty when there is nothing to draw. */
    static double[][] curve(Shape shape, double[] model, double[] box) {
        if (model == null || !(box[0] <= box[1]) || !(box[2] <= box[3])) {
            return new double[][] {{}, {}};
        }
        double bias = model[0];
        return switch (shape) {
            case LINE -> new double[][] {{box[0], box[1]},
                    {bias + model[1] * box[0], bias + model[1] * box[1]}};
            case SIGMOID -> sigmoid(bias, model[1], box[0], box[1]);
            case BOUNDARY -> boundary(bias, model[1], model[2], box);
            case NONE -> new double[][] {{}, {}};
        };
    }

    private static double[][] sigmoid(double bias, double w, double from, double to) {
        double[] xs = new double[CURVE_POINTS];
        double[] ys = new double[CURVE_POINTS];
        for (int i = 0; i < CURVE_POINTS; i++) {
            xs[i] = from + (to - from) * i / (CURVE_POINTS - 1);
            double z = bias + w * xs[i];
            ys[i] = z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
        }
        return new double[][] {xs, ys};
    }

    /** The segment of {@code bias + w1*x + w2*y = 0} inside the box, or nothing when the line misses it. */
    private static double[][] boundary(double bias, double w1, double w2, double[] box) {
        List<double[]> ends = new ArrayList<>();
        double slackX = (box[1] - box[0]) * 1e-9;
        double slackY = (box[3] - box[2]) * 1e-9;
        if (w2 != 0) {
            for (double x : new double[] {box[0], box[1]}) {
                double y = -(bias + w1 * x) / w2;
                if (y >= box[2] - slackY && y <= box[3] + slackY) {
                    ends.add(new double[] {x, y});
                }
            }
        }
        if (w1 != 0) {
            for (double y : new double[] {box[2], box[3]}) {
                double x = -(bias + w2 * y) / w1;
                if (x >= box[0] - slackX && x <= box[1] + slackX) {
                    ends.add(new double[] {x, y});
                }
            }
        }
        if (ends.size() < 2) {
            return new double[][] {{}, {}};
        }
        ends.sort(Comparator.<double[]>comparingDouble(p -> p[0]).thenComparingDouble(p -> p[1]));
        double[] first = ends.get(0);
        double[] last = ends.get(ends.size() - 1);
        return new double[][] {{first[0], last[0]}, {first[1], last[1]}};
    }
}
