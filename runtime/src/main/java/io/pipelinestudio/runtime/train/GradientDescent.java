package io.pipelinestudio.runtime.train;

import java.util.stream.IntStream;

/**
 * The loss and its gradient over a set of examples, the heavy part of every step. Examples are cut
 * into fixed chunks whose partial sums are computed in parallel and added in chunk order: parallel, yet
 * the result is bit-for-bit the same on every run.
 */
final class GradientDescent {
    static final int CHUNK = 8192;
    private final Loss loss;
    private final double l2;

    GradientDescent(Loss loss, double l2) {
        this.loss = loss;
        this.l2 = l2;
    }

    Loss loss() {
        return loss;
    }

    /** {@code [loss, d/d bias, d/d w_0, ...]} over the first {@code n} examples at {@code model}. */
    double[] lossAndGradient(Examples data, int n, LinearModel model) {
        int d = data.features();
        int chunks = (n + CHUNK - 1) / CHUNK;
        double[][] partials = new double[chunks][];
        IntStream range = IntStream.range(0, chunks);
        (chunks > 1 ? range.parallel() : range).forEach(c -> partials[c] =
                chunk(data, c * CHUNK, Math.min(n, (c + 1) * CHUNK), model));
        double[] total = new double[d + 2];
        for (double[] partial : partials) {
            for (int k = 0; k < total.length; k++) {
                total[k] += partial[k];
            }
        }
        double[] w = model.weights();
        double penalty = 0;
        for (int k = 0; k < total.length; k++) {
            total[k] /= Math.max(1, n);
        }
        for (int j = 0; j < d; j++) {
            penalty += w[j] * w[j];
            total[j + 2] += 2 * l2 * w[j];
        }
        total[0] += l2 * penalty;
        return total;
    }

    private double[] chunk(Examples data, int from, int to, LinearModel model) {
        int d = data.features();
        double[] w = model.weights();
        double bias = model.bias();
        double[] values = data.values();
        double[] labels = data.labels();
        double[] sums = new double[d + 2];
        double lossSum = 0;
        double slopeSum = 0;
        for (int i = from; i < to; i++) {
            int row = i * d;
            double z = bias;
            for (int j = 0; j < d; j++) {
                z += w[j] * values[row + j];
            }
            double prediction = loss.predict(z);
            double y = labels[i];
            lossSum += loss.of(prediction, y);
            double slope = loss.slope(prediction, y);
            slopeSum += slope;
            for (int j = 0; j < d; j++) {
                sums[j + 2] += slope * values[row + j];
            }
        }
        sums[0] = lossSum;
        sums[1] = slopeSum;
        return sums;
    }

    /** One step {@code w = w - learningRate * grad}, the bias unregularized. */
    static LinearModel step(LinearModel model, double[] gradient, double learningRate) {
        double[] w = model.weights().clone();
        for (int j = 0; j < w.length; j++) {
            w[j] -= learningRate * gradient[j + 2];
        }
        return new LinearModel(w, model.bias() - learningRate * gradient[1]);
    }
}
