package io.pipelinestudio.runtime.functions;

import java.io.Serializable;
import org.apache.flink.types.Row;

/**
 * How a stream is keyed: by one field, whose value is the key, or by several, whose values form a key
 * row. Shared by the key selector and the operators that write the key back into their output.
 */
public final class KeyFields implements Serializable {
    private static final long serialVersionUID = 1L;
    private final int[] indexes;

    public KeyFields(int[] indexes) {
        this.indexes = indexes.clone();
    }

    public int arity() {
        return indexes.length;
    }

    public Object keyOf(Row row) {
        if (indexes.length == 1) {
            return row.getField(indexes[0]);
        }
        Row key = Row.withPositions(indexes.length);
        for (int i = 0; i < indexes.length; i++) {
            key.setField(i, row.getField(indexes[i]));
        }
        return key;
    }

    /** Writes the fields of {@code key} into {@code row} from position {@code offset}. */
    public void writeKey(Object key, Row row, int offset) {
        if (indexes.length == 1) {
            row.setField(offset, key);
            return;
        }
        Row keyRow = (Row) key;
        for (int i = 0; i < indexes.length; i++) {
            row.setField(offset + i, keyRow.getField(i));
        }
    }
}
