package io.pipelinestudio.runtime.functions;

import java.util.Objects;

/**
 * An input the pipeline could not use: which node rejected it, why, and the text as it came in. A
 * Flink POJO, so it is serialized without Kryo.
 */
public final class RejectedRecord {
    public String nodeId;
    public String reason;
    public String text;

    public RejectedRecord() {}

    public RejectedRecord(String nodeId, String reason, String text) {
        this.nodeId = nodeId;
        this.reason = reason;
        this.text = text;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RejectedRecord
                && Objects.equals(nodeId, ((RejectedRecord) o).nodeId)
                && Objects.equals(reason, ((RejectedRecord) o).reason)
                && Objects.equals(text, ((RejectedRecord) o).text);
    }

    @Override
    public int hashCode() {
        return Objects.hash(nodeId, reason, text);
    }

    @Override
    public String toString() {
        return nodeId + ": " + reason + ": " + text;
    }
}
