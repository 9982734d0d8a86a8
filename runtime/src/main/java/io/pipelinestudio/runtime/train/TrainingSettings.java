package io.pipelinestudio.runtime.train;

import io.pipelinestudio.model.node.ModelKind;
import io.pipelinestudio.model.node.TrainNode;
import java.io.Serializable;

/** A train node's settings, in a plain serializable form for the operator. */
record TrainingSettings(String nodeId, ModelKind model, String[] features, String label, double learningRate,
        double l2, boolean standardize, int epochs, double tolerance, int batchSize, int stepsPerBatch,
        String modelPath) implements Serializable {
    static TrainingSettings of(TrainNode node) {
        return new TrainingSettings(node.id(), node.model(), node.features().toArray(String[]::new),
                node.labelField(), node.learningRate(), node.l2(), node.standardize(), node.epochs(),
                node.tolerance(), node.batchSize(), node.stepsPerBatch(), node.modelPath());
    }
}
