package io.pipelinestudio.model.node;

import com.fasterxml.jackson.annotation.JsonTypeName;
import io.pipelinestudio.model.schema.Field;
import io.pipelinestudio.model.schema.FieldType;
import io.pipelinestudio.model.schema.Schema;
import io.pipelinestudio.model.validate.NodeCheck;
import io.pipelinestudio.model.validate.ProblemKind;
import io.pipelinestudio.model.validate.StreamInfo;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * Applies a trained model to records, adding {@code prediction} (and {@code probability} for a
 * logistic regression). The model comes from a train node's output on the {@code model} port, the
 * latest update winning, or, when {@code modelPath} is set, from a saved model file.
 */
@JsonTypeName("predict")
public record PredictNode(String id, String label, ModelKind model, List<String> features, String modelPath)
        implements Node {
    public static final String MODEL = "model";

    public PredictNode {
        Nodes.requireId(id);
        model = model == null ? ModelKind.LINEAR_REGRESSION : model;
        features = Nodes.list(features);
    }

    public boolean fromFile() {
        return modelPath != null && !modelPath.isBlank();
    }

    @Override
    public NodeFamily family() {
        return NodeFamily.TRAIN;
    }

    @Override
    public List<String> inputPorts() {
        return fromFile() ? List.of(IN) : List.of(IN, MODEL);
    }

    @Override
    public Map<String, StreamInfo> infer(Map<String, StreamInfo> inputs, NodeCheck check) {
        StreamInfo in = inputs.get(IN);
        if (features.isEmpty()) {
            check.error(ProblemKind.BAD_PARAMETER, "choose the feature fields, in the order the model was trained on");
        }
        features.forEach(f -> check.field(in.schema(), f, "the feature", EnumSet.of(FieldType.LONG, FieldType.DOUBLE)));
        StreamInfo updates = inputs.get(MODEL);
        if (updates != null && !updates.schema().equals(TrainNode.outputSchema(features))) {
            check.error(ProblemKind.TYPE_MISMATCH, "the model port expects a train node's output over the features "
                    + features + " but receives " + updates.schema());
        }
        Schema out = in.schema().with(new Field("prediction", FieldType.DOUBLE));
        if (model == ModelKind.LOGISTIC_REGRESSION) {
            out = out.with(new Field("probability", FieldType.DOUBLE));
        }
        check.uniqueNames(out.names(), "the output");
        return Map.of(OUT, in.unkeyed(out));
    }
}
