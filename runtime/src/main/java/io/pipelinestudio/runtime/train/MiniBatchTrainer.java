package io.pipelinestudio.runtime.train;

import java.util.Locale;

/**
 * Mini-batch stochastic gradient descent for streams: every {@code batchSize} examples, {@code
 * stepsPerBatch} steps on that batch. Features are standardized with the running statistics of all
 * examples seen so far.
 */
final class MiniBatchTrainer {
    private final TrainingSettings settings;
    private final GradientDescent descent;
    private final Examples batch;
    private final Standardizer standardizer;
    private LinearModel model;
    private long step;
    private long examples;

    MiniBatchTrainer(TrainingSettings settings) {
        this.settings = settings;
        this.descent = new GradientDescent(new Loss(settings.model()), settings.l2());
        this.batch = new Examples(settings.features().length, settings.batchSize());
        this.standardizer = new Standardizer(settings.features().length);
        this.model = new LinearModel(new double[settings.features().length], 0);
    }

    void add(double[] x, double y, StepListener listener) {
        examples++;
        if (settings.standardize()) {
            standardizer.add(x);
        }
        batch.add(x.clone(), y);
        if (batch.size() >= settings.batchSize()) {
            trainOnBatch(listener);
        }
    }

    /** Trains on what is left at the end of the input; returns the model in original units. */
    LinearModel finish(StepListener listener) {
        if (batch.size() > 0) {
            trainOnBatch(listener);
        }
        if (examples == 0) {
            throw new TrainingException("there are no training records: the input was empty, or every record"
                    + " was rejected (see the rejected records)");
        }
        return current();
    }

    private void trainOnBatch(StepListener listener) {
        if (settings.standardize()) {
            for (int i = 0; i < batch.size(); i++) {
                for (int j = 0; j < batch.features(); j++) {
                    batch.setX(j, i, (batch.x(j, i) - standardizer.mean(j)) / standardizer.scale(j));
                }
            }
        }
        // the loss reported is the model's on the batch before it learns from it: on a stream, that is its
        // loss on records it has not seen yet, an honest measure, and it costs no extra pass
        double lossBefore = Double.NaN;
        for (int s = 0; s < settings.stepsPerBatch(); s++) {
            double[] gradient = descent.lossAndGradient(batch, batch.size(), model);
            if (!Double.isFinite(gradient[0])) {
                throw new TrainingException(String.format(Locale.ROOT, "training diverged at step %d: the loss is"
                        + " %s; the learning rate %s is too large (try %s)", step, gradient[0],
                        settings.learningRate(), settings.learningRate() / 10));
            }
            if (s == 0) {
                lossBefore = gradient[0];
            }
            model = GradientDescent.step(model, gradient, settings.learningRate());
            step++;
        }
        listener.onStep(step, lossBefore, current());
        batch.clear();
    }

    private LinearModel current() {
        return settings.standardize() ? standardizer.toOriginalUnits(model) : model;
    }
}
