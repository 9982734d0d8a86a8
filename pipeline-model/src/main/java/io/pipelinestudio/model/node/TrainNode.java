package io.pipelinestudio.model.node;

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
@NodeKind(name = "train", label = "Train", family = NodeFamily.TRAIN, order = 130, icon = "train",
        description = "Fits a linear or logistic regression by gradient descent",
        settings = {
            @SettingHelp(name = "model", help = "linear-regression predicts a number (squared error);"
                    + " logistic-regression the probability of label 1 (cross-entropy)"),
            @SettingHelp(name = "features", help = "The numeric input fields the model weighs, in order",
                    role = SettingRole.INPUT_FIELDS),
            @SettingHelp(name = "labelField", help = "The numeric field to predict; 0 or 1 for a logistic regression",
                    role = SettingRole.INPUT_FIELD),
            @SettingHelp(name = "learningRate", help = "The step size \u03b1 in w = w \u2212 \u03b1\u00b7\u2207J(w);"
                    + " too large diverges"),
            @SettingHelp(name = "l2", help = "Weight decay \u03bb: adds \u03bb\u2016w\u2016\u00b2 to the loss; 0 for"
                    + " none"),
            @SettingHelp(name = "standardize", help = "Train on (x \u2212 mean)/std, so features of different scales"
                    + " converge together"),
            @SettingHelp(name = "epochs", help = "BATCH mode: at most this many full passes, one step each"),
            @SettingHelp(name = "tolerance", help = "BATCH mode: stop once the loss changes by less than this"
                    + " fraction"),
            @SettingHelp(name = "batchSize", help = "STREAMING mode: records per mini-batch"),
            @SettingHelp(name = "stepsPerBatch", help = "STREAMING mode: gradient steps on each mini-batch"),
            @SettingHelp(name = "modelPath", help = "Where the final model is written as JSON; empty for none; may"
                    + " use ${parameter}",
                    role = SettingRole.FILE_TO_WRITE)},
        help = """
        Gradient descent
        Each step computes the loss J over the examples and moves the weights against its gradient:
            w \u2190 w \u2212 \u03b1\u00b7\u2207J(w)        b \u2190 b \u2212 \u03b1\u00b7\u2202J/\u2202b

        Losses
        Linear regression, mean squared error:
            J(w) = (1/n) \u03a3 (w\u00b7x\u1d62 + b \u2212 y\u1d62)\u00b2 + \u03bb\u2016w\u2016\u00b2
        Logistic regression, binary cross-entropy, with p\u1d62 = \u03c3(w\u00b7x\u1d62 + b) = 1/(1 + e^\u2212(w\u00b7x\u1d62 + b)):
            J(w) = \u2212(1/n) \u03a3 [y\u1d62 log p\u1d62 + (1 \u2212 y\u1d62) log(1 \u2212 p\u1d62)] + \u03bb\u2016w\u2016\u00b2
        Both have the gradient \u2207J = (1/n) \u03a3 c\u00b7(\u0177\u1d62 \u2212 y\u1d62)\u00b7x\u1d62 + 2\u03bbw (c = 2 for the squared \
        error, 1 for the cross-entropy); the bias is not penalized.

        Settings
        Model: linear-regression predicts a number; logistic-regression the probability that the label is 1 \
        (labels must be 0 or 1).
        Features: the numeric input fields x, in order. Label field: the numeric field y to predict.
        Learning rate \u03b1: the step size. Too large and the loss grows: the run stops with "training \
        diverged" and suggests a smaller one; too small and it converges slowly.
        L2 \u03bb: weight decay, the penalty \u03bb\u2016w\u2016\u00b2 on the weights (the standardized \
        ones when Standardize is on); 0 for none.
        Standardize: trains on (x \u2212 mean)/std so features of different scales converge with one \u03b1; \
        the weights are reported in the features' original units. A constant feature cannot be \
        standardized and is reported.
        Epochs (BATCH): at most this many full passes, one step each. Tolerance (BATCH): stops once the \
        loss changes by less than this fraction of the previous loss.
        Batch size (STREAMING): records per mini-batch. Steps per batch (STREAMING): gradient steps on \
        each mini-batch.
        Model path: where the final model is written as JSON {"weights": [...], "bias": b}; may use \
        ${parameter}.

        Modes
        BATCH: full-batch descent after the input ends, one step per epoch, deterministic.
        STREAMING: mini-batch stochastic descent, a step as each batch fills, standardized with the \
        running statistics of the records seen so far; the loss of a batch is measured before the model \
        learns from it, so it is the loss on records the model has not seen yet.
        Output: one record per step (step, loss, bias, w_<feature>...): the loss curve.

        Parallel and not
        In parallel: reading, parsing and checking the records (a record the model cannot learn from, \
        such as a non-finite value or a logistic label other than 0 or 1, is rejected and counted), and in \
        BATCH mode the loss and gradient of each epoch, summed over fixed chunks of the examples on all \
        cores and added in a fixed order.
        Not in parallel: the weight update itself, one small vector operation per step, in the single \
        instance that holds the model. BATCH training sorts the examples first, so the same input gives \
        bit-identical weights at any parallelism.""")
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

    /** Whether {@code schema} is a train node's output, over whatever features: what a model port takes. */
    public static boolean isModelSchema(Schema schema) {
        List<Field> fields = schema.fields();
        if (fields.size() < 3 || !fields.subList(0, 3).equals(outputSchema(List.of()).fields())) {
            return false;
        }
        return fields.subList(3, fields.size()).stream()
                .allMatch(f -> f.name().startsWith("w_") && f.type() == FieldType.DOUBLE);
    }

    @Override
    public List<String> filesWritten() {
        return Nodes.paths(modelPath);
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
