package io.pipelinestudio.runtime.functions;

import org.apache.flink.api.common.functions.MapFunction;
import org.apache.flink.types.Row;

/** Copies the chosen fields, in order, into a new row. */
public final class ProjectFunction implements MapFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final int[] indexes;

    public ProjectFunction(int[] indexes) {
        this.indexes = indexes.clone();
    }

    @Override
    public Row map(Row in) {
        Row out = Row.withPositions(indexes.length);
        for (int i = 0; i < indexes.length; i++) {
            out.setField(i, in.getField(indexes[i]));
        }
        return out;
    }
}
