package io.pipelinestudio.runtime.functions;

import org.apache.flink.api.common.functions.AggregateFunction;
import org.apache.flink.types.Row;

/** Flink's incremental window aggregation over rows: one accumulator per key and window. */
public final class RowAggregator implements AggregateFunction<Row, Accumulator, Accumulator> {
    private static final long serialVersionUID = 1L;
    private final AggregateSpec spec;

    public RowAggregator(AggregateSpec spec) {
        this.spec = spec;
    }

    @Override
    public Accumulator createAccumulator() {
        return spec.create();
    }

    @Override
    public Accumulator add(Row row, Accumulator acc) {
        spec.add(acc, row);
        return acc;
    }

    @Override
    public Accumulator getResult(Accumulator acc) {
        return acc;
    }

    @Override
    public Accumulator merge(Accumulator a, Accumulator b) {
        return spec.merge(a, b);
    }
}
