package io.pipelinestudio.model.node;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The aggregate functions of reduce and window nodes. */
public enum AggregateFunction {
    @JsonProperty("count")
    COUNT,
    @JsonProperty("sum")
    SUM,
    @JsonProperty("min")
    MIN,
    @JsonProperty("max")
    MAX,
    @JsonProperty("avg")
    AVG;

    public String jsonName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
