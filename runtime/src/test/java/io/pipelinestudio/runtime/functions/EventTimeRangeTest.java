package io.pipelinestudio.runtime.functions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.apache.flink.types.Row;
import org.junit.jupiter.api.Test;

/**
 * The range of event times windows compute with, and a Kafka source's use of it: a parsed message whose time
 * is out of range gets the smallest time in the source, so it never moves its partition's watermark (the
 * operator after the source then rejects it with the same reason as the event-time node).
 */
class EventTimeRangeTest {
    @Test
    void timesWithinTwoToTheSixtySecondMillisecondsOfNineteenSeventyAreComputable() {
        assertThat(EventTimeRange.computable(EventTimeRange.LIMIT_MS)).isTrue();
        assertThat(EventTimeRange.computable(-EventTimeRange.LIMIT_MS)).isTrue();
        assertThat(EventTimeRange.computable(Instant.ofEpochMilli(1_700_000_000_000L))).isTrue();
        assertThat(EventTimeRange.computable(EventTimeRange.LIMIT_MS + 1)).isFalse();
        assertThat(EventTimeRange.computable(Long.MIN_VALUE)).isFalse();
        assertThat(EventTimeRange.computable(Instant.MAX)).isFalse();
        assertThat(EventTimeRange.computable(null)).isFalse();
        assertThat(EventTimeRange.problem(Long.MAX_VALUE, "ts"))
                .isEqualTo("the event time 'ts' is 9223372036854775807 ms, beyond the 2^62 ms (146 million years)"
                        + " from 1970 within which windows compute");
        assertThat(EventTimeRange.problem(null, "ts")).isEqualTo("the event time field 'ts' is empty");
    }

    @Test
    void aKafkaMessageWithATimeOutOfRangeNeverMovesTheWatermark() {
        MessageTimestampAssigner assigner = new MessageTimestampAssigner(0, false);

        assertThat(assigner.extractTimestamp(message(Long.MAX_VALUE), 5L)).isEqualTo(Long.MIN_VALUE);
        assertThat(assigner.extractTimestamp(message(Long.MIN_VALUE), 5L)).isEqualTo(Long.MIN_VALUE);
        assertThat(assigner.extractTimestamp(message(1_700_000_000_000L), 5L)).isEqualTo(1_700_000_000_000L);
    }

    /** A parsed message as the Kafka source hands it on: no reason, its text, then its one field. */
    private static Row message(long time) {
        return Row.of(null, "k," + time, time);
    }
}
