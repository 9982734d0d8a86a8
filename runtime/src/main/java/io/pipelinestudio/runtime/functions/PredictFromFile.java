package io.pipelinestudio.runtime.functions;

import io.pipelinestudio.runtime.train.Prediction;
import java.io.IOException;
import java.util.Arrays;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichMapFunction;
import org.apache.flink.types.Row;

/** Predicts with a saved model file, read once per parallel instance. */
public final class PredictFromFile extends RichMapFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final String nodeId;
    private final String modelPath;
    private final int features;
    private final Prediction prediction;
    private transient double[] weights;
    private transient double bias;

    public PredictFromFile(String nodeId, String modelPath, int features, Prediction prediction) {
        this.nodeId = nodeId;
        this.modelPath = modelPath;
        this.features = features;
        this.prediction = prediction;
    }

    @Override
    public void open(OpenContext openContext) {
        try {
            double[] weightsAndBias = Prediction.readModel(modelPath, features);
            weights = Arrays.copyOf(weightsAndBias, features);
            bias = weightsAndBias[features];
        } catch (IOException e) {
            throw new NodeFailureException(nodeId, "cannot read the model: " + e.getMessage(), e);
        }
    }

    @Override
    public Row map(Row row) {
        return prediction.apply(row, weights, bias);
    }
}
