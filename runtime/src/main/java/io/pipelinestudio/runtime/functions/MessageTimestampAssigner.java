package io.pipelinestudio.runtime.functions;

import io.pipelinestudio.runtime.io.KafkaRecordParser;
import java.time.Instant;
import org.apache.flink.api.common.eventtime.SerializableTimestampAssigner;
import org.apache.flink.types.Row;

/**
 * Event time of a parsed Kafka record, in the source: a field holding epoch milliseconds or an instant.
 * A message that did not parse, or whose time windows cannot compute with, gets the smallest time, so it
 * never moves its partition's watermark; it is rejected next and never reaches a window.
 */
public final class MessageTimestampAssigner implements SerializableTimestampAssigner<Row> {
    private static final long serialVersionUID = 1L;
    private final int index;
    private final boolean instant;

    /** {@code index}: the field's position among the node's fields (not counting the leading columns). */
    public MessageTimestampAssigner(int index, boolean instant) {
        this.index = KafkaRecordParser.FIRST_FIELD + index;
        this.instant = instant;
    }

    @Override
    public long extractTimestamp(Row row, long kafkaTimestamp) {
        if (row.getField(KafkaRecordParser.REASON) != null) {
            return Long.MIN_VALUE;
        }
        Object value = row.getField(index);
        if (!EventTimeRange.computable(value)) {
            return Long.MIN_VALUE; // rejected next, like a message that did not parse
        }
        return instant ? ((Instant) value).toEpochMilli() : (Long) value;
    }
}
