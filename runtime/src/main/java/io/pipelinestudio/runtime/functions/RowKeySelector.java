package io.pipelinestudio.runtime.functions;

import org.apache.flink.api.java.functions.KeySelector;
import org.apache.flink.types.Row;

/** Selects a row's key fields, as one value or a key row. */
public final class RowKeySelector implements KeySelector<Row, Object> {
    private static final long serialVersionUID = 1L;
    private final KeyFields keys;

    public RowKeySelector(KeyFields keys) {
        this.keys = keys;
    }

    @Override
    public Object getKey(Row row) {
        return keys.keyOf(row);
    }
}
