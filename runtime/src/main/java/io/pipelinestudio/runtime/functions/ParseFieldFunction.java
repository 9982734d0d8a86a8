package io.pipelinestudio.runtime.functions;

import io.pipelinestudio.runtime.io.DelimitedParser;
import org.apache.flink.types.Row;
import org.apache.flink.util.Collector;

/** Replaces a text field by the typed fields parsed from it; records whose text does not parse are rejected. */
public final class ParseFieldFunction extends RejectingFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final int textIndex;
    private final int[] keptIndexes;
    private final DelimitedParser parser;

    public ParseFieldFunction(String nodeId, int textIndex, int[] keptIndexes, DelimitedParser parser) {
        super(nodeId);
        this.textIndex = textIndex;
        this.keptIndexes = keptIndexes.clone();
        this.parser = parser;
    }

    @Override
    public void processElement(Row in, Context context, Collector<Row> out) {
        Row row = Row.withPositions(keptIndexes.length + parser.arity());
        for (int i = 0; i < keptIndexes.length; i++) {
            row.setField(i, in.getField(keptIndexes[i]));
        }
        String text = (String) in.getField(textIndex);
        String error = parser.parseInto(text, row, keptIndexes.length);
        if (error == null) {
            out.collect(row);
        } else {
            reject(context, error, text);
        }
    }
}
