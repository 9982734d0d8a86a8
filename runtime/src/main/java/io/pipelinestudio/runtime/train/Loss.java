package io.pipelinestudio.runtime.train;

import io.pipelinestudio.model.node.ModelKind;

/**
 * The model's prediction and its loss: mean squared error for linear regression, binary cross-entropy
 * for logistic regression. Both have the gradient {@code (prediction - y) * x} per example, up to the
 * factor 2 of the squared error.
 */
final class Loss {
    private static final double EPSILON = 1e-15;
    private final boolean logistic;

    Loss(ModelKind model) {
        this.logistic = model == ModelKind.LOGISTIC_REGRESSION;
    }

    boolean logistic() {
        return logistic;
    }

    double predict(double z) {
        return logistic ? sigmoid(z) : z;
    }

    /** The loss of one example given its prediction. */
    double of(double prediction, double y) {
        if (logistic) {
            double p = Math.min(Math.max(prediction, EPSILON), 1 - EPSILON);
            return -(y * Math.log(p) + (1 - y) * Math.log(1 - p));
        }
        double error = prediction - y;
        return error * error;
    }

    /** d loss / d z for one example, where z is the linear score. */
    double slope(double prediction, double y) {
        return logistic ? prediction - y : 2 * (prediction - y);
    }

    static double sigmoid(double z) {
        return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
    }
}
