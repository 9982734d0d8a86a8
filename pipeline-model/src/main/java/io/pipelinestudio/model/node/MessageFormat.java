package io.pipelinestudio.model.node;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How a message's value holds a record: a delimited line like a CSV file's, or one JSON object. */
public enum MessageFormat {
    /** The declared fields in order, RFC 4180 quoting, the node's delimiter. */
    @JsonProperty("csv")
    CSV,
    /** One object per message; fields are found by name, so their order does not matter. */
    @JsonProperty("json")
    JSON
}
