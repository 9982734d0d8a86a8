package io.pipelinestudio.runtime.functions;

import io.pipelinestudio.runtime.io.DelimitedParser;
import org.apache.flink.types.Row;
import org.apache.flink.util.Collector;

/** Turns text lines into typed rows; a line that does not parse is rejected, never fatal. */
public final class ParseLinesFunction extends RejectingFunction<String, Row> {
    private static final long serialVersionUID = 1L;
    private final DelimitedParser parser;
    private final String headerLine;

    /**
     * {@code headerLine}: the column-name line to skip wherever it appears, also when the file has more
     * columns than declared, or null.
     */
    public ParseLinesFunction(String nodeId, DelimitedParser parser, String headerLine) {
        super(nodeId);
        this.parser = parser;
        this.headerLine = headerLine;
    }

    @Override
    public void processElement(String line, Context context, Collector<Row> out) {
        if (line.isEmpty() || isHeader(line)) {
            return;
        }
        Row row = Row.withPositions(parser.arity());
        String error = parser.parseInto(line, row, 0);
        if (error == null) {
            out.collect(row);
        } else {
            reject(context, error, line);
        }
    }

    /** The header names the declared columns first; a file's extra columns are ignored in it too. */
    private boolean isHeader(String line) {
        if (headerLine == null) {
            return false;
        }
        String stripped = line.strip();
        return stripped.equals(headerLine)
                || (stripped.startsWith(headerLine) && stripped.charAt(headerLine.length()) == parser.delimiter());
    }
}
