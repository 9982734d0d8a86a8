package io.pipelinestudio.runtime.functions;

import java.util.HashMap;
import java.util.Map;
import org.apache.flink.streaming.api.operators.AbstractStreamOperator;
import org.apache.flink.streaming.api.operators.BoundedOneInput;
import org.apache.flink.streaming.api.operators.OneInputStreamOperator;
import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.streaming.api.windowing.windows.TimeWindow;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.runtime.watermarkstatus.WatermarkStatus;
import org.apache.flink.types.Row;

/**
 * The first half of a split aggregate. In the task that produced the records, before they cross the
 * network, it adds each record into a partial result per key and slice of event time (the window itself
 * for tumbling windows; for sliding ones the greatest common divisor of size and slide, so that a slice
 * lies wholly inside every window it touches; for a reduce, slice length 0, all time). The partials
 * ({@link PartialAggregates}) go on when the watermark moves, when the input goes idle, before a checkpoint
 * barrier, when the input ends, and when too many are held.
 *
 * <p>Why the results stay exactly the same: a partial is sent before the watermark that passes its
 * slice, so the windows after the shuffle hold it before they fire, as they would have held its records.
 * A record whose slice the watermark has already passed may be late there, and a late record fires its
 * window again or leaves on the late output one by one; such a record is sent alone, with its own
 * timestamp and the record itself, and is judged there exactly as it would have been unsplit.
 */
public final class PreAggregateOperator extends AbstractStreamOperator<Row>
        implements OneInputStreamOperator<Row, Row>, BoundedOneInput {
    private static final long serialVersionUID = 1L;
    /** Partials held at most before all are sent: bounds memory in BATCH mode, where no watermark comes. */
    static final int MAX_HELD = 16_384;

    private final KeyFields keys;
    private final AggregateSpec spec;
    private final long sliceMs;
    /** The partials held, per slice start, then per key: a record finds its slice once, then its key. */
    private transient Map<Long, Map<Object, Accumulator>> held;
    /** The slice the last record fell in: records in event-time order mostly fall in the same one. */
    private transient Map<Object, Accumulator> current;
    private transient long currentStart;
    private transient int heldCount;
    private transient StreamRecord<Row> out;
    private transient long watermark;

    public PreAggregateOperator(KeyFields keys, AggregateSpec spec, long sliceMs) {
        if (sliceMs < 0) {
            throw new IllegalArgumentException("Expected a slice length of 0 (all time) or more but found " + sliceMs);
        }
        this.keys = keys;
        this.spec = spec;
        this.sliceMs = sliceMs;
    }

    @Override
    public void open() throws Exception {
        super.open();
        held = new HashMap<>();
        current = null;
        heldCount = 0;
        out = new StreamRecord<>(null);
        watermark = Long.MIN_VALUE;
    }

    @Override
    public void processElement(StreamRecord<Row> element) {
        Row record = element.getValue();
        Object key = keys.keyOf(record);
        long sliceStart = 0;
        if (sliceMs > 0) {
            long timestamp = element.getTimestamp();
            sliceStart = TimeWindow.getWindowStartWithOffset(timestamp, 0, sliceMs);
            if (sliceStart + sliceMs - 1 <= watermark) {
                sendAlone(key, record, timestamp);
                return;
            }
        }
        Map<Object, Accumulator> slice = sliceStarting(sliceStart);
        Accumulator acc = slice.get(key);
        if (acc == null) {
            acc = spec.create();
            slice.put(key, acc);
            heldCount++;
        }
        spec.add(acc, record);
        if (heldCount >= MAX_HELD) {
            sendHeld();
        }
    }

    private Map<Object, Accumulator> sliceStarting(long sliceStart) {
        if (current == null || currentStart != sliceStart) {
            current = held.computeIfAbsent(sliceStart, start -> new HashMap<>());
            currentStart = sliceStart;
        }
        return current;
    }

    /** A record the watermark has passed: it may be late after the shuffle, where it is judged on its own. */
    private void sendAlone(Object key, Row record, long timestamp) {
        Accumulator alone = spec.create();
        spec.add(alone, record);
        output.collect(out.replace(PartialAggregates.of(key, alone, record), timestamp));
    }

    @Override
    public void processWatermark(Watermark mark) throws Exception {
        sendHeld();
        watermark = mark.getTimestamp();
        super.processWatermark(mark);
    }

    /**
     * An input that goes idle no longer holds the windows back, so they may fire on the other inputs'
     * watermarks: what it holds goes on first, as its records would have gone on without the split.
     */
    @Override
    public void processWatermarkStatus(WatermarkStatus status) throws Exception {
        if (status.isIdle()) {
            sendHeld();
        }
        super.processWatermarkStatus(status);
    }

    @Override
    public void prepareSnapshotPreBarrier(long checkpointId) throws Exception {
        // the partials travel ahead of the barrier, so this operator has no state to snapshot
        sendHeld();
        super.prepareSnapshotPreBarrier(checkpointId);
    }

    @Override
    public void endInput() {
        sendHeld();
    }

    private void sendHeld() {
        if (heldCount == 0) {
            return;
        }
        for (Map.Entry<Long, Map<Object, Accumulator>> slice : held.entrySet()) {
            long start = slice.getKey();
            for (Map.Entry<Object, Accumulator> partial : slice.getValue().entrySet()) {
                Row row = PartialAggregates.of(partial.getKey(), partial.getValue(), null);
                if (sliceMs > 0) {
                    output.collect(out.replace(row, start));
                } else {
                    // a reduce's partials cover all time: they carry no timestamp
                    out.eraseTimestamp();
                    output.collect(out.replace(row));
                }
            }
        }
        held.clear();
        current = null;
        heldCount = 0;
    }
}
