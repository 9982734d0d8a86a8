package io.pipelinestudio.runtime.functions;

import org.apache.flink.api.common.functions.FlatMapFunction;
import org.apache.flink.types.Row;
import org.apache.flink.util.Collector;

/** Emits one row per part of a text field split at a literal separator, the part in the field's place. */
public final class SplitFunction implements FlatMapFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final int fieldIndex;
    private final String separator;
    private final boolean skipEmpty;

    public SplitFunction(int fieldIndex, String separator, boolean skipEmpty) {
        this.fieldIndex = fieldIndex;
        this.separator = separator;
        this.skipEmpty = skipEmpty;
    }

    @Override
    public void flatMap(Row in, Collector<Row> out) {
        String text = (String) in.getField(fieldIndex);
        int start = 0;
        while (true) {
            int end = text.indexOf(separator, start);
            String part = end < 0 ? text.substring(start) : text.substring(start, end);
            if (!skipEmpty || !part.isEmpty()) {
                Row row = Row.copy(in);
                row.setField(fieldIndex, part);
                out.collect(row);
            }
            if (end < 0) {
                return;
            }
            start = end + separator.length();
        }
    }
}
