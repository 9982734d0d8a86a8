package io.pipelinestudio.runtime.functions;

import org.apache.flink.api.common.eventtime.Watermark;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.eventtime.WatermarkGenerator;
import org.apache.flink.api.common.eventtime.WatermarkOutput;
import org.apache.flink.types.Row;

/**
 * Bounded out-of-orderness watermarks, like Flink's {@code BoundedOutOfOrdernessWatermarks}, but emitted
 * as soon as a record advances event time instead of on a timer, so which records are late does not
 * depend on timing.
 */
public final class PerRecordWatermarks implements WatermarkGenerator<Row> {
    private final long outOfOrdernessMs;
    private long maxTimestamp;

    public PerRecordWatermarks(long outOfOrdernessMs) {
        this.outOfOrdernessMs = outOfOrdernessMs;
        this.maxTimestamp = Long.MIN_VALUE + outOfOrdernessMs + 1;
    }

    /** The strategy creating these watermarks on every parallel instance. */
    public static WatermarkStrategy<Row> strategy(long outOfOrdernessMs) {
        return WatermarkStrategy.forGenerator(context -> new PerRecordWatermarks(outOfOrdernessMs));
    }

    @Override
    public void onEvent(Row event, long eventTimestamp, WatermarkOutput output) {
        if (eventTimestamp > maxTimestamp) {
            maxTimestamp = eventTimestamp;
            output.emitWatermark(new Watermark(maxTimestamp - outOfOrdernessMs - 1));
        }
    }

    @Override
    public void onPeriodicEmit(WatermarkOutput output) {
        // every advance was already emitted in onEvent
    }
}
