package io.pipelinestudio.model.node;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * When watermarks are emitted: periodically (Flink's default, fastest), or after every record that
 * advances event time, which makes lateness exactly reproducible for teaching and tests.
 */
public enum WatermarkEmission {
    @JsonProperty("periodic")
    PERIODIC,
    @JsonProperty("per-record")
    PER_RECORD
}
