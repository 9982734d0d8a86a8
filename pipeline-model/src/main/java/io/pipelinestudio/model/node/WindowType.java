package io.pipelinestudio.model.node;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Flink's window assigners: fixed, overlapping, and gap-separated windows. */
public enum WindowType {
    @JsonProperty("tumbling")
    TUMBLING,
    @JsonProperty("sliding")
    SLIDING,
    @JsonProperty("session")
    SESSION
}
