package io.pipelinestudio.runtime.functions;

import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.types.Row;
import org.apache.flink.util.Collector;

/**
 * Aggregates all records of a key. Final results are emitted by a timer at the end of event time,
 * which fires when the input ends in both BATCH and STREAMING mode, so both modes give the same rows.
 * Its input is records, or, when the reduce is split, the partial results of {@link PreAggregateOperator}.
 */
public final class KeyedReduceFunction extends KeyedProcessFunction<Object, Row, Row> {
    private static final long serialVersionUID = 1L;
    private final KeyFields keys;
    private final AggregateSpec spec;
    private final boolean emitEveryRecord;
    private final boolean partialInput;
    private transient ValueState<Accumulator> state;

    public KeyedReduceFunction(KeyFields keys, AggregateSpec spec, boolean emitEveryRecord, boolean partialInput) {
        this.keys = keys;
        this.spec = spec;
        this.emitEveryRecord = emitEveryRecord;
        this.partialInput = partialInput;
    }

    @Override
    public void open(OpenContext openContext) {
        state = getRuntimeContext().getState(
                new ValueStateDescriptor<>("aggregates", TypeInformation.of(Accumulator.class)));
    }

    @Override
    public void processElement(Row row, Context context, Collector<Row> out) throws Exception {
        Accumulator acc = state.value();
        if (acc == null) {
            acc = spec.create();
            if (!emitEveryRecord) {
                context.timerService().registerEventTimeTimer(Long.MAX_VALUE);
            }
        }
        if (partialInput) {
            PartialAggregates.mergeInto(spec, acc, row);
        } else {
            spec.add(acc, row);
        }
        state.update(acc);
        if (emitEveryRecord) {
            out.collect(result(context.getCurrentKey(), acc));
        }
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext context, Collector<Row> out) throws Exception {
        Accumulator acc = state.value();
        if (acc != null) {
            out.collect(result(context.getCurrentKey(), acc));
            state.clear();
        }
    }

    private Row result(Object key, Accumulator acc) {
        Row row = Row.withPositions(keys.arity() + spec.size());
        keys.writeKey(key, row, 0);
        spec.writeResults(acc, row, keys.arity());
        return row;
    }
}
