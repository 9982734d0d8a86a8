package io.pipelinestudio.runtime.functions;

import java.time.Instant;
import org.apache.flink.types.Row;
import org.apache.flink.util.Collector;

/**
 * Rejects records whose event time windows cannot compute with: none at all, or one so far from 1970 that
 * Flink's arithmetic on it would overflow. Flink reads {@code Long.MIN_VALUE} as "no timestamp" and fails the
 * job on it, and a time near either end of {@code long} wraps around when watermarks subtract the
 * out-of-orderness or windows add their size. Within plus or minus 2<sup>62</sup> ms (146 million years)
 * every bound, size and lateness the validator accepts stays in range.
 */
public final class EventTimeRange extends RejectingFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    /** The largest distance from 1970, in milliseconds, of an event time windows compute with. */
    public static final long LIMIT_MS = 1L << 62;
    private static final Instant EARLIEST = Instant.ofEpochMilli(-LIMIT_MS);
    private static final Instant LATEST = Instant.ofEpochMilli(LIMIT_MS);
    private final int index;
    private final String field;

    public EventTimeRange(String nodeId, int index, String field) {
        super(nodeId);
        this.index = index;
        this.field = field;
    }

    @Override
    public void processElement(Row row, Context context, Collector<Row> out) {
        String problem = problem(row.getField(index), field);
        if (problem != null) {
            reject(context, problem, row.toString());
            return;
        }
        out.collect(row);
    }

    /** Whether windows can compute with {@code value} (a {@code Long} or an {@code Instant}) as the event time. */
    public static boolean computable(Object value) {
        if (value instanceof Instant instant) {
            return !instant.isBefore(EARLIEST) && !instant.isAfter(LATEST);
        }
        if (value == null) {
            return false;
        }
        long millis = ((Number) value).longValue();
        return millis >= -LIMIT_MS && millis <= LIMIT_MS;
    }

    /** Why windows cannot compute with {@code value} as the event time; null when they can. */
    public static String problem(Object value, String field) {
        if (computable(value)) {
            return null;
        }
        if (value == null) {
            return "the event time field '" + field + "' is empty";
        }
        return outOfRange(field, value instanceof Instant ? value.toString() : value + " ms");
    }

    private static String outOfRange(String field, String time) {
        return "the event time '" + field + "' is " + time + ", beyond the 2^62 ms (146 million years) from 1970"
                + " within which windows compute";
    }
}
