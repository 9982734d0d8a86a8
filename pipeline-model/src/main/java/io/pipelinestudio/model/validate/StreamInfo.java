package io.pipelinestudio.model.validate;

import io.pipelinestudio.model.schema.Schema;
import java.util.List;

/**
 * What the validator knows of the records on one output port: their schema, the fields the stream is
 * keyed by (empty when it is not keyed), whether event time has been assigned and whether the stream
 * ends.
 */
public record StreamInfo(Schema schema, List<String> keyFields, boolean eventTime, boolean bounded) {
    public StreamInfo {
        keyFields = List.copyOf(keyFields);
    }

    public static StreamInfo of(Schema schema, boolean bounded) {
        return new StreamInfo(schema, List.of(), false, bounded);
    }

    public boolean keyed() {
        return !keyFields.isEmpty();
    }

    public StreamInfo withSchema(Schema newSchema) {
        return new StreamInfo(newSchema, keyFields, eventTime, bounded);
    }

    /** The same records after an operator that does not keep Flink's keyed partitioning. */
    public StreamInfo unkeyed(Schema newSchema) {
        return new StreamInfo(newSchema, List.of(), eventTime, bounded);
    }

    public StreamInfo keyedBy(List<String> fields) {
        return new StreamInfo(schema, fields, eventTime, bounded);
    }

    public StreamInfo withEventTime() {
        return new StreamInfo(schema, keyFields, true, bounded);
    }
}
