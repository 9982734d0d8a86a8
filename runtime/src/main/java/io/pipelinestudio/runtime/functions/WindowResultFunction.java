package io.pipelinestudio.runtime.functions;

import org.apache.flink.streaming.api.functions.windowing.ProcessWindowFunction;
import org.apache.flink.streaming.api.windowing.windows.TimeWindow;
import org.apache.flink.types.Row;
import org.apache.flink.util.Collector;

/** Emits a window's result row: start, end, key fields, then the aggregates. */
public final class WindowResultFunction extends ProcessWindowFunction<Accumulator, Row, Object, TimeWindow> {
    private static final long serialVersionUID = 1L;
    private final KeyFields keys;
    private final AggregateSpec spec;

    public WindowResultFunction(KeyFields keys, AggregateSpec spec) {
        this.keys = keys;
        this.spec = spec;
    }

    @Override
    public void process(Object key, Context context, Iterable<Accumulator> results, Collector<Row> out) {
        Accumulator acc = results.iterator().next();
        Row row = Row.withPositions(2 + keys.arity() + spec.size());
        row.setField(0, context.window().getStart());
        row.setField(1, context.window().getEnd());
        keys.writeKey(key, row, 2);
        spec.writeResults(acc, row, 2 + keys.arity());
        out.collect(row);
    }
}
