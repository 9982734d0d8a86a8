package io.pipelinestudio.runtime.train;

/**
 * Per-feature mean and standard deviation, to train on {@code (x - mean) / std} and to turn the weights
 * learned there back into the original units: {@code w = w' / std}, {@code b = b' - sum(w' * mean / std)}.
 * Updated incrementally (Welford), so streaming training can use the statistics of what it has seen.
 */
final class Standardizer {
    private final double[] mean;
    private final double[] m2;
    private long count;

    Standardizer(int features) {
        mean = new double[features];
        m2 = new double[features];
    }

    void add(double[] x) {
        count++;
        for (int j = 0; j < mean.length; j++) {
            double delta = x[j] - mean[j];
            mean[j] += delta / count;
            m2[j] += delta * (x[j] - mean[j]);
        }
    }

    double mean(int j) {
        return mean[j];
    }

    /** The population standard deviation; 0 for a feature that never varied. */
    double std(int j) {
        return count == 0 ? 0 : Math.sqrt(m2[j] / count);
    }

    /** The scale to divide by: the standard deviation, or 1 while a feature has not varied yet. */
    double scale(int j) {
        double std = std(j);
        return std > 0 ? std : 1;
    }

    /** The same model, trained on standardized features, in the features' original units. */
    LinearModel toOriginalUnits(LinearModel standardized) {
        double[] weights = new double[mean.length];
        double bias = standardized.bias();
        for (int j = 0; j < mean.length; j++) {
            weights[j] = standardized.weights()[j] / scale(j);
            bias -= standardized.weights()[j] * mean[j] / scale(j);
        }
        return new LinearModel(weights, bias);
    }

    /** Standardizes {@code x} in place with the current statistics. */
    void apply(double[] x) {
        for (int j = 0; j < mean.length; j++) {
            x[j] = (x[j] - mean[j]) / scale(j);
        }
    }
}
