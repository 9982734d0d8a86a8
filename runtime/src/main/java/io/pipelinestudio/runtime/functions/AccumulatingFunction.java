package io.pipelinestudio.runtime.functions;

import org.apache.flink.api.common.functions.AggregateFunction;

/**
 * Flink's incremental window aggregation into one accumulator per key and window, as an aggregate spec
 * defines it; a subclass says what one input adds: a record ({@link RowAggregator}) or a partial result
 * of records ({@link PartialAggregates.Merge}).
 */
abstract class AccumulatingFunction<IN> implements AggregateFunction<IN, Accumulator, Accumulator> {
    private static final long serialVersionUID = 1L;
    protected final AggregateSpec spec;

    AccumulatingFunction(AggregateSpec spec) {
        this.spec = spec;
    }

    @Override
    public final Accumulator createAccumulator() {
        return spec.create();
    }

    @Override
    public final Accumulator getResult(Accumulator acc) {
        return acc;
    }

    @Override
    public final Accumulator merge(Accumulator a, Accumulator b) {
        return spec.merge(a, b);
    }
}
