package io.pipelinestudio.runtime.functions;

import java.time.Instant;
import org.apache.flink.api.common.eventtime.SerializableTimestampAssigner;
import org.apache.flink.types.Row;

/** Reads a record's event time from a field holding epoch milliseconds or an instant. */
public final class FieldTimestampAssigner implements SerializableTimestampAssigner<Row> {
    private static final long serialVersionUID = 1L;
    private final int index;
    private final boolean instant;

    public FieldTimestampAssigner(int index, boolean instant) {
        this.index = index;
        this.instant = instant;
    }

    @Override
    public long extractTimestamp(Row row, long recordTimestamp) {
        Object value = row.getField(index);
        return instant ? ((Instant) value).toEpochMilli() : (Long) value;
    }
}
