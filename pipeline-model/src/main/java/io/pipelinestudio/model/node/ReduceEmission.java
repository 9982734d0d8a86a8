package io.pipelinestudio.model.node;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * When a keyed reduce emits: once per key when its input ends (the same in BATCH and STREAMING mode),
 * or an updated result after every record (streaming's running view; BATCH mode still emits once).
 */
public enum ReduceEmission {
    @JsonProperty("final")
    FINAL,
    @JsonProperty("every-record")
    EVERY_RECORD
}
