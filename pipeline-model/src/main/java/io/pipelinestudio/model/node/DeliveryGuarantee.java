package io.pipelinestudio.model.node;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What a Kafka sink promises when the job fails and restarts from a checkpoint. */
public enum DeliveryGuarantee {
    /** Messages may be lost or written twice; fastest. */
    @JsonProperty("none")
    NONE,
    /** Nothing is lost; after a restart some messages may be written again. */
    @JsonProperty("at-least-once")
    AT_LEAST_ONCE,
    /**
     * Each message is visible once to readers with {@code isolation.level=read_committed}: written in
     * Kafka transactions that commit with each checkpoint, so it needs checkpoints in STREAMING mode.
     */
    @JsonProperty("exactly-once")
    EXACTLY_ONCE
}
