package io.pipelinestudio.runtime.train;

/** Weights and bias of a linear score {@code z = bias + sum(weights[j] * x[j])}. */
record LinearModel(double[] weights, double bias) {
    double score(double[] x) {
        double z = bias;
        for (int j = 0; j < weights.length; j++) {
            z += weights[j] * x[j];
        }
        return z;
    }
}
