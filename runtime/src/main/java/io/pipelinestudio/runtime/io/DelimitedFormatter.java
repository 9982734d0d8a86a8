package io.pipelinestudio.runtime.io;

import org.apache.flink.types.Row;

/** Formats a row as one delimited line, quoting fields (RFC 4180) only where they need it. */
public final class DelimitedFormatter implements LineEncoder<Row> {
    private static final long serialVersionUID = 1L;
    private final char delimiter;

    public DelimitedFormatter(char delimiter) {
        this.delimiter = delimiter;
    }

    @Override
    public String encode(Row row) {
        return format(row);
    }

    public String format(Row row) {
        StringBuilder line = new StringBuilder(64);
        for (int i = 0; i < row.getArity(); i++) {
            if (i > 0) {
                line.append(delimiter);
            }
            appendField(line, row.getField(i));
        }
        return line.toString();
    }

    public String formatNames(String[] names) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < names.length; i++) {
            if (i > 0) {
                line.append(delimiter);
            }
            appendField(line, names[i]);
        }
        return line.toString();
    }

    private void appendField(StringBuilder line, Object value) {
        if (value == null) {
            return;
        }
        String text = value.toString();
        if (needsQuotes(text)) {
            line.append('"').append(text.replace("\"", "\"\"")).append('"');
        } else {
            line.append(text);
        }
    }

    private boolean needsQuotes(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == delimiter || c == '"' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }
}
