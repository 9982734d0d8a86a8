package io.pipelinestudio.model.node;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Which clock windows follow: the records' event time, or the machine's processing time. */
public enum TimeCharacteristic {
    @JsonProperty("event")
    EVENT,
    @JsonProperty("processing")
    PROCESSING
}
