package io.pipelinestudio.model.node;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Where a Kafka source starts reading each partition. */
public enum StartingOffsets {
    /** The first message still kept. */
    @JsonProperty("earliest")
    EARLIEST,
    /** Only messages written after the job starts. */
    @JsonProperty("latest")
    LATEST,
    /** Where the consumer group last committed, else the earliest: how a redeployed job resumes. */
    @JsonProperty("committed")
    COMMITTED,
    /** The first message at or after a timestamp (epoch milliseconds). */
    @JsonProperty("timestamp")
    TIMESTAMP
}
