package io.pipelinestudio.runtime.functions;

import static org.assertj.core.api.Assertions.assertThat;

import io.pipelinestudio.model.node.AggregateFunction;
import io.pipelinestudio.model.node.Aggregation;
import io.pipelinestudio.model.schema.Field;
import io.pipelinestudio.model.schema.FieldType;
import io.pipelinestudio.model.schema.Schema;
import java.util.List;
import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.runtime.watermarkstatus.WatermarkStatus;
import org.apache.flink.streaming.util.OneInputStreamOperatorTestHarness;
import org.apache.flink.types.Row;
import org.junit.jupiter.api.Test;

/** The first half of a split aggregate on its own, in Flink's operator test harness: what it holds and when it lets go. */
class PreAggregateOperatorTest {
    private static final Schema SCHEMA = Schema.of(new Field("key", FieldType.STRING), new Field("amount", FieldType.LONG));
    private static final AggregateSpec SPEC = new AggregateSpec(List.of(new Aggregation(AggregateFunction.COUNT, null, "n"),
            new Aggregation(AggregateFunction.SUM, "amount", "total")), SCHEMA);

    private static OneInputStreamOperatorTestHarness<Row, Row> harness(long sliceMs) throws Exception {
        OneInputStreamOperatorTestHarness<Row, Row> harness = new OneInputStreamOperatorTestHarness<>(
                new PreAggregateOperator(new KeyFields(new int[] {0}), SPEC, sliceMs));
        harness.open();
        return harness;
    }

    /** The count and total a partial stands for, as the merging half reads them. */
    private static Row results(Row partial) {
        Accumulator merged = PartialAggregates.mergeInto(SPEC, SPEC.create(), partial);
        Row results = Row.withPositions(2);
        SPEC.writeResults(merged, results, 0);
        return results;
    }

    private static StreamRecord<Row> record(String key, long amount, long timestamp) {
        return new StreamRecord<>(Row.of(key, amount), timestamp);
    }

    @Test
    void recordsOfAKeyAndSliceBecomeOnePartialThatGoesOnBeforeTheWatermark() throws Exception {
        try (OneInputStreamOperatorTestHarness<Row, Row> harness = harness(1_000)) {
            harness.processElement(record("a", 5, 100));
            harness.processElement(record("a", 7, 900));
            harness.processElement(record("b", 1, 1_100));
            assertThat(harness.getOutput()).as("held until the watermark moves").isEmpty();

            harness.processWatermark(new Watermark(500));

            List<Object> out = List.copyOf(harness.getOutput());
            assertThat(out).hasSize(3);
            assertThat(out.get(2)).isEqualTo(new Watermark(500));
            assertThat(harness.extractOutputStreamRecords()).extracting(StreamRecord::getTimestamp)
                    .containsExactlyInAnyOrder(0L, 1_000L);
            Row a = harness.extractOutputValues().stream().filter(p -> p.getField(0).equals("a")).findFirst().orElseThrow();
            assertThat(results(a)).isEqualTo(Row.of(2L, 12L));
            assertThat(a.getField(PartialAggregates.RECORD)).as("a partial of several records carries none").isNull();
        }
    }

    @Test
    void aRecordWhoseSliceTheWatermarkPassedGoesOnAloneWithItsTimestampAndItself() throws Exception {
        try (OneInputStreamOperatorTestHarness<Row, Row> harness = harness(1_000)) {
            harness.processWatermark(new Watermark(1_500));
            harness.getOutput().clear();

            harness.processElement(record("a", 3, 900));

            assertThat(harness.extractOutputStreamRecords()).singleElement().satisfies(alone -> {
                assertThat(alone.getTimestamp()).isEqualTo(900L);
                assertThat(alone.getValue().getField(PartialAggregates.COUNT)).isEqualTo(1L);
                assertThat(alone.getValue().getField(PartialAggregates.RECORD)).isEqualTo(Row.of("a", 3L));
            });
        }
    }

    @Test
    void whatIsHeldGoesOnWhenTheInputGoesIdleBeforeABarrierAndAtTheEnd() throws Exception {
        try (OneInputStreamOperatorTestHarness<Row, Row> harness = harness(1_000)) {
            harness.processElement(record("a", 1, 100));
            harness.processWatermarkStatus(WatermarkStatus.IDLE);
            assertThat(List.copyOf(harness.getOutput())).hasSize(2).last().isEqualTo(WatermarkStatus.IDLE);

            harness.processElement(record("a", 1, 200));
            harness.prepareSnapshotPreBarrier(1);
            assertThat(harness.extractOutputValues()).hasSize(2);

            harness.processElement(record("a", 1, 300));
            harness.endInput();
            assertThat(harness.extractOutputValues()).hasSize(3);
        }
    }

    @Test
    void aReducesPartialsCoverAllTimeAndCarryNoTimestamp() throws Exception {
        try (OneInputStreamOperatorTestHarness<Row, Row> harness = harness(0)) {
            harness.processElement(new StreamRecord<>(Row.of("a", 2L)));
            harness.processElement(record("a", 3, Long.MIN_VALUE));
            harness.processWatermark(new Watermark(Long.MAX_VALUE));

            assertThat(harness.extractOutputStreamRecords()).singleElement().satisfies(partial -> {
                assertThat(partial.hasTimestamp()).isFalse();
                assertThat(results(partial.getValue())).isEqualTo(Row.of(2L, 5L));
            });
        }
    }
}
