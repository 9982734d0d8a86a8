package io.pipelinestudio.app.help;

import java.util.Map;

/**
 * What a node kind does in more than a line: the formulas it computes, what each setting means and what
 * runs in parallel, shown under the property sheet of the selected node. Kinds without an entry show none.
 */
public final class NodeHelp {
    private static final String PARALLELISM = """
            Parallel and not
            In parallel: reading, parsing and checking the records (a record the model cannot learn from, \
            such as a non-finite value or a logistic label other than 0 or 1, is rejected and counted), and in \
            BATCH mode the loss and gradient of each epoch, summed over fixed chunks of the examples on all \
            cores and added in a fixed order.
            Not in parallel: the weight update itself, one small vector operation per step, in the single \
            instance that holds the model. BATCH training sorts the examples first, so the same input gives \
            bit-identical weights at any parallelism.""";

    private static final Map<String, String> HELP = Map.of(
            "train", """
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

                    """ + PARALLELISM,
            "predict", """
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
                    train node reach every instance.""");

    private NodeHelp() {}

    /** The help for a node kind, or an empty text when it has none. */
    public static String of(String kind) {
        return HELP.getOrDefault(kind, "");
    }
}
