package io.pipelinestudio.runtime.train;

import java.util.Locale;

/**
 * Full-batch gradient descent over all examples, epoch by epoch: step {@code k} reports the loss of the
 * weights {@code w_k}, then {@code w_(k+1) = w_k - learningRate * grad J(w_k)}. Stops after the last
 * epoch, or once the loss changes by less than {@code tolerance} relative to the previous one, and
 * reports divergence instead of producing NaN weights.
 */
final class FullBatchTrainer {
    private static final int RISES_BEFORE_DIVERGENCE = 5;
    private final TrainingSettings settings;
    private final GradientDescent descent;

    FullBatchTrainer(TrainingSettings settings) {
        this.settings = settings;
        this.descent = new GradientDescent(new Loss(settings.model()), settings.l2());
    }

    /** Trains on {@code data} (standardizing it in place when asked); returns the model in original units. */
    LinearModel train(Examples data, StepListener listener) {
        int n = data.size();
        if (n == 0) {
            throw new TrainingException("there are no training records: the input was empty, or every record"
                    + " was rejected (see the rejected records)");
        }
        data.sortCanonically();
        Standardizer standardizer = new Standardizer(data.features());
        if (settings.standardize()) {
            standardize(data, standardizer);
        }
        LinearModel model = new LinearModel(new double[data.features()], 0);
        double first = Double.NaN;
        double previous = Double.NaN;
        int rises = 0;
        for (int step = 0; ; step++) {
            double[] gradient = descent.lossAndGradient(data, n, model);
            double loss = gradient[0];
            if (step == 0) {
                first = loss;
            }
            rises = step > 0 && loss > previous ? rises + 1 : 0;
            if (!Double.isFinite(loss) || rises >= RISES_BEFORE_DIVERGENCE && loss > first) {
                throw diverged(first, loss, step);
            }
            LinearModel reported = settings.standardize() ? standardizer.toOriginalUnits(model) : model;
            listener.onStep(step, loss, reported);
            boolean converged = step > 0 && Math.abs(previous - loss) <= settings.tolerance() * Math.abs(previous);
            if (step == settings.epochs() || converged) {
                return reported;
            }
            previous = loss;
            model = GradientDescent.step(model, gradient, settings.learningRate());
        }
    }

    private void standardize(Examples data, Standardizer standardizer) {
        double[] x = new double[data.features()];
        for (int i = 0; i < data.size(); i++) {
            for (int j = 0; j < x.length; j++) {
                x[j] = data.x(j, i);
            }
            standardizer.add(x);
        }
        for (int j = 0; j < x.length; j++) {
            if (standardizer.std(j) == 0) {
                throw new TrainingException(String.format(Locale.ROOT, "the feature '%s' is constant (every value"
                        + " is %s), so it cannot be standardized and tells the model nothing; remove it from the"
                        + " features", settings.features()[j], data.x(j, 0)));
            }
            double mean = standardizer.mean(j);
            double scale = standardizer.scale(j);
            for (int i = 0; i < data.size(); i++) {
                data.setX(j, i, (data.x(j, i) - mean) / scale);
            }
        }
    }

    private TrainingException diverged(double first, double loss, int step) {
        return new TrainingException(String.format(Locale.ROOT, "training diverged: the loss grew from %.6g at"
                + " step 0 to %.6g at step %d; the learning rate %s is too large for these features (try %s%s)",
                first, loss, step, settings.learningRate(), settings.learningRate() / 10,
                settings.standardize() ? "" : ", or standardize the features"));
    }
}
