package io.pipelinestudio.runtime.functions;

import org.apache.flink.types.Row;

/** Flink's incremental window aggregation over rows: one accumulator per key and window. */
public final class RowAggregator extends AccumulatingFunction<Row> {
    private static final long serialVersionUID = 1L;

    public RowAggregator(AggregateSpec spec) {
        super(spec);
    }

    @Override
    public Accumulator add(Row row, Accumulator acc) {
        spec.add(acc, row);
        return acc;
    }
}
