package io.pipelinestudio.model.node;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The models a train node fits, each with its loss. */
public enum ModelKind {
    /** Predicts a number; loss: mean squared error. */
    @JsonProperty("linear-regression")
    LINEAR_REGRESSION,
    /** Predicts the probability of label 1; loss: binary cross-entropy. */
    @JsonProperty("logistic-regression")
    LOGISTIC_REGRESSION
}
