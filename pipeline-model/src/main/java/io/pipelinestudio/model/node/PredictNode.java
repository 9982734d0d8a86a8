package io.pipelinestudio.model.node;

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
@NodeKind(name = "predict", label = "Predict", family = NodeFamily.TRAIN, order = 140, icon = "predict",
        description = "Applies a trained model to records",
        settings = {
            @SettingHelp(name = "model", help = "linear-regression predicts a number (squared error);"
                    + " logistic-regression the probability of label 1 (cross-entropy)"),
            @SettingHelp(name = "features", help = "The numeric input fields the model weighs, in the order it was"
                    + " trained on",
                    role = SettingRole.INPUT_FIELDS),
            @SettingHelp(name = "modelPath", help = "A saved model file to read; when empty, the model comes from the"
                    + " model port",
                    role = SettingRole.FILE_TO_READ)},
        help = """
        Prediction
        Adds the model's prediction to each record, with z = w\u00b7x + b over the features in the order \
        the model was trained on:
            linear regression: prediction = z
            logistic regression: probability = \u03c3(z) = 1/(1 + e^\u2212z), prediction = 1 when the \
        probability is at least 0.5, else 0

        Settings
        Model: the kind of model, as in the train node.
        Features: the input fields x, in the training order.
        Model path: a saved model file {"weights": [...], "bias": b} written by a train node; when \
        empty, the model comes from a train node's output on the model port, the latest step winning, \
        so predictions follow the training live.

        Parallel and not
        Predictions run in parallel, each instance with its own copy of the model; model updates from a \
        train node reach every instance.""")
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
    public List<String> inputPorts() {
        return fromFile() ? List.of(IN) : List.of(IN, MODEL);
    }

    @Override
    public List<String> filesRead() {
        return Nodes.paths(modelPath);
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
