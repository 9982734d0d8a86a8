package io.pipelinestudio.runtime.io;

import io.pipelinestudio.model.schema.FieldType;
import java.io.Serializable;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.apache.flink.types.Row;

/**
 * Parses one delimited line into typed values of declared fields, in place into a row. Quoted fields
 * follow RFC 4180; columns past the declared ones are ignored. Failures return a reason instead of
 * throwing, because bad lines are expected input, not exceptional.
 */
public final class DelimitedParser implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String[] names;
    private final FieldType[] types;
    private final char delimiter;

    public DelimitedParser(String[] names, FieldType[] types, char delimiter) {
        this.names = names.clone();
        this.types = types.clone();
        this.delimiter = delimiter;
    }

    public int arity() {
        return types.length;
    }

    public char delimiter() {
        return delimiter;
    }

    /**
     * Parses {@code line} into {@code row} from position {@code offset}; returns null on success, or why the
     * line does not parse.
     */
    public String parseInto(String line, Row row, int offset) {
        int length = line.length();
        if (length > 0 && line.charAt(length - 1) == '\r') {
            length--;
        }
        int start = 0;
        for (int i = 0; i < types.length; i++) {
            if (start > length) {
                return "expected " + types.length + " fields but found " + i;
            }
            String text;
            if (start < length && line.charAt(start) == '"') {
                StringBuilder value = new StringBuilder();
                int pos = start + 1;
                boolean closed = false;
                while (pos < length) {
                    char c = line.charAt(pos);
                    if (c == '"') {
                        if (pos + 1 < length && line.charAt(pos + 1) == '"') {
                            value.append('"');
                            pos += 2;
                            continue;
                        }
                        closed = true;
                        pos++;
                        break;
                    }
                    value.append(c);
                    pos++;
                }
                if (!closed) {
                    return "field '" + names[i] + "' opens a quote that is never closed";
                }
                if (pos < length && line.charAt(pos) != delimiter) {
                    return "field '" + names[i] + "' has text after its closing quote";
                }
                text = value.toString();
                start = pos + 1;
            } else {
                int end = line.indexOf(delimiter, start);
                if (end < 0 || end > length) {
                    end = length;
                }
                int fieldStart = start;
                start = end + 1;
                // whole numbers are the commonest column and parse without a substring
                if (types[i] == FieldType.LONG) {
                    String error = longInto(i, line, fieldStart, end, row, offset + i);
                    if (error != null) {
                        return error;
                    }
                    continue;
                }
                text = line.substring(fieldStart, end);
            }
            String error = convertInto(i, text, row, offset + i);
            if (error != null) {
                return error;
            }
        }
        return null;
    }

    /**
     * Parses one field's text, as the declared field {@code i}, into {@code row} at {@code position}; returns
     * null on success, or why it does not parse. For records whose fields arrive apart, such as JSON.
     */
    public String parseField(int i, String text, Row row, int position) {
        return convertInto(i, text, row, position);
    }

    private String convertInto(int i, String text, Row row, int position) {
        switch (types[i]) {
            case STRING:
                row.setField(position, text);
                return null;
            case LONG:
                return longInto(i, text, 0, text.length(), row, position);
            case DOUBLE:
                try {
                    String number = text.strip();
                    // Java also accepts "1d" or "0x1p3"; a CSV number is plainer than that
                    if (number.isEmpty() || !isPlainNumber(number)) {
                        return describe(i, text, "a number");
                    }
                    row.setField(position, Double.parseDouble(number));
                    return null;
                } catch (NumberFormatException e) {
                    return describe(i, text, "a number");
                }
            case BOOLEAN:
                String flag = text.strip().toLowerCase(Locale.ROOT);
                if (flag.equals("true") || flag.equals("false")) {
                    row.setField(position, flag.equals("true"));
                    return null;
                }
                return describe(i, text, "true or false");
            case TIMESTAMP:
                return timestampInto(i, text.strip(), row, position);
            default:
                throw new IllegalStateException("Expected a known field type but found " + types[i]);
        }
    }

    /**
     * An optional sign and ASCII digits, as {@link Long#parseLong(String)} reads them but without other
     * scripts' digits (a CSV number is ASCII), read char by char from the line rather than through
     * {@code CharSequence} and {@link Character#digit}: the commonest column, parsed on every record.
     * Accumulates negatively, as the JDK does, so that {@code Long.MIN_VALUE} fits.
     */
    private String longInto(int i, String line, int start, int end, Row row, int position) {
        while (start < end && Character.isWhitespace(line.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(line.charAt(end - 1))) {
            end--;
        }
        int pos = start;
        boolean negative = false;
        if (pos < end && (line.charAt(pos) == '-' || line.charAt(pos) == '+')) {
            negative = line.charAt(pos) == '-';
            pos++;
        }
        if (pos == end) {
            return describe(i, line.substring(start, end), "a whole number");
        }
        long limit = negative ? Long.MIN_VALUE : -Long.MAX_VALUE;
        long smallest = limit / 10;
        long result = 0;
        for (; pos < end; pos++) {
            int digit = line.charAt(pos) - '0';
            if (digit < 0 || digit > 9 || result < smallest || result * 10 < limit + digit) {
                return describe(i, line.substring(start, end), "a whole number");
            }
            result = result * 10 - digit;
        }
        row.setField(position, negative ? result : -result);
        return null;
    }

    private String timestampInto(int i, String text, Row row, int position) {
        try {
            // ASCII digits only: Long.parseLong also reads other scripts' digits, which no CSV time is written in
            if (!text.isEmpty() && (isAsciiDigit(text.charAt(0)) || text.charAt(0) == '-')
                    && text.chars().skip(1).allMatch(DelimitedParser::isAsciiDigit)) {
                row.setField(position, Instant.ofEpochMilli(Long.parseLong(text)));
            } else {
                row.setField(position, Instant.parse(text));
            }
            return null;
        } catch (NumberFormatException | DateTimeParseException e) {
            return describe(i, text, "epoch milliseconds or an ISO-8601 instant");
        }
    }

    private static boolean isAsciiDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isPlainNumber(String number) {
        char last = number.charAt(number.length() - 1);
        return Character.isDigit(last) || last == '.' || number.equals("NaN") || number.endsWith("Infinity");
    }

    private String describe(int i, String text, String expected) {
        String shown = text.length() > 40 ? text.substring(0, 40) + "..." : text;
        return text.isEmpty()
                ? "field '" + names[i] + "' is empty; expected " + expected
                : "field '" + names[i] + "' is '" + shown + "'; expected " + expected;
    }
}
