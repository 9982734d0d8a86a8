package io.pipelinestudio.model.node;

import com.fasterxml.jackson.annotation.JsonTypeName;
import io.pipelinestudio.model.schema.Field;
import io.pipelinestudio.model.schema.FieldType;
import io.pipelinestudio.model.schema.Schema;
import io.pipelinestudio.model.validate.NodeCheck;
import io.pipelinestudio.model.validate.ProblemKind;
import io.pipelinestudio.model.validate.StreamInfo;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Fits a linear or logistic regression by gradient descent, {@code w = w - learningRate * grad J(w)}.
 * In BATCH mode: full-batch descent, epoch by epoch, until {@code epochs} or until the loss changes by
 * less than {@code tolerance} (relative); deterministic. In STREAMING mode: mini-batch stochastic
 * descent, {@code stepsPerBatch} steps on each {@code batchSize} records, the model updated continuously.
 * Emits one record per step or epoch {@code (step, loss, bias, w_<feature>...)}, and writes the final
 * model as JSON to {@code modelPath} when given.
 */
@JsonTypeName("train")
public record TrainNode(String id, String label, ModelKind model, List<String> features, String labelField,
        double learningRate, double l2, boolean standardize, int epochs, double tolerance, int batchSize,
        int stepsPerBatch, String modelPath) implements Node {
    public TrainNode {
        Nodes.requireId(id);
        model = model == null ? ModelKind.LINEAR_REGRESSION : model;
        features = Nodes.list(features);
    }

    /** The progress records' fields: step, loss, bias, then one weight per feature. */
    public static Schema outputSchema(List<String> features) {
        List<Field> fields = new ArrayList<>();
        fields.add(new Field("step", FieldType.LONG));
        fields.add(new Field("loss", FieldType.DOUBLE));
        fields.add(new Field("bias", FieldType.DOUBLE));
        features.forEach(f -> fields.add(new Field("w_" + f, FieldType.DOUBLE)));
        return new Schema(fields);
    }

    @Override
    public NodeFamily family() {
        return NodeFamily.TRAIN;
    }

    @Override
    public Map<String, StreamInfo> infer(Map<String, StreamInfo> inputs, NodeCheck check) {
        StreamInfo in = inputs.get(IN);
        Set<FieldType> numeric = EnumSet.of(FieldType.LONG, FieldType.DOUBLE);
        if (features.isEmpty()) {
            check.error(ProblemKind.BAD_PARAMETER, "choose at least one numeric feature field");
        }
        check.uniqueNames(features, "the features");
        features.forEach(f -> check.field(in.schema(), f, "the feature", numeric));
        check.field(in.schema(), labelField, "the label field", numeric);
        if (labelField != null && new HashSet<>(features).contains(labelField)) {
            check.error(ProblemKind.BAD_PARAMETER, "the label '" + labelField + "' cannot also be a feature");
        }
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            check.error(ProblemKind.BAD_PARAMETER, "the learning rate must be greater than 0 but is " + learningRate);
        }
        if (!(l2 >= 0) || Double.isInfinite(l2)) {
            check.error(ProblemKind.BAD_PARAMETER, "the L2 term must be 0 or more but is " + l2);
        }
        if (!(tolerance >= 0)) {
            check.error(ProblemKind.BAD_PARAMETER, "the tolerance must be 0 or more but is " + tolerance);
        }
        check.positive(epochs, "the number of epochs");
        check.positive(batchSize, "the mini-batch size");
        check.positive(stepsPerBatch, "the steps per mini-batch");
        check.warning(ProblemKind.MODE_DEPENDENT_RESULT, "trains full-batch in BATCH mode and by mini-batches"
                + " in STREAMING mode, so the two modes fit slightly different models");
        return Map.of(OUT, StreamInfo.of(outputSchema(features), in.bounded()));
    }
}
