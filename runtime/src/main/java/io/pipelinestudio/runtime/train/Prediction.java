package io.pipelinestudio.runtime.train;

import io.pipelinestudio.model.node.ModelKind;
import java.io.Serializable;
import org.apache.flink.types.Row;

/**
 * Appends a model's prediction (and, for a logistic regression, the probability of label 1) to a
 * record; shared by prediction from a model file and from a train node's updates.
 */
public final class Prediction implements Serializable {
    private static final long serialVersionUID = 1L;
    private final int[] featureIndexes;
    private final boolean logistic;

    public Prediction(int[] featureIndexes, ModelKind model) {
        this.featureIndexes = featureIndexes.clone();
        this.logistic = model == ModelKind.LOGISTIC_REGRESSION;
    }

    public Row apply(Row in, double[] weights, double bias) {
        double z = bias;
        for (int j = 0; j < featureIndexes.length; j++) {
            z += weights[j] * ((Number) in.getField(featureIndexes[j])).doubleValue();
        }
        Row out = Row.withPositions(in.getArity() + (logistic ? 2 : 1));
        for (int i = 0; i < in.getArity(); i++) {
            out.setField(i, in.getField(i));
        }
        if (logistic) {
            double probability = Loss.sigmoid(z);
            out.setField(in.getArity(), probability >= 0.5 ? 1.0 : 0.0);
            out.setField(in.getArity() + 1, probability);
        } else {
            out.setField(in.getArity(), z);
        }
        return out;
    }

    /** Reads a model file's weights and bias for {@code features} features. */
    public static double[] readModel(String path, int features) throws java.io.IOException {
        LinearModel model = TrainedModel.read(java.nio.file.Paths.get(path), features);
        double[] weightsAndBias = java.util.Arrays.copyOf(model.weights(), features + 1);
        weightsAndBias[features] = model.bias();
        return weightsAndBias;
    }
}
