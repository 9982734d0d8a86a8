package io.pipelinestudio.runtime.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.file.src.reader.SimpleStreamFormat;
import org.apache.flink.core.fs.FSDataInputStream;

/**
 * Reads a delimited file record by record, as RFC 4180 defines a record: a quoted field may hold line
 * breaks, so a record may span lines, which are joined with {@code \n}. A quote left open is not allowed to
 * swallow the rest of the file: when it does not close within {@link #MAX_LINES} lines, or closes with text
 * after the quote (which no field may), the line that opened it is a record of its own (the parser rejects
 * it) and reading resumes on the next line, so one stray quote costs one line.
 */
public final class CsvRecordFormat extends SimpleStreamFormat<String> {
    private static final long serialVersionUID = 1L;
    /** The most lines one record may span. */
    public static final int MAX_LINES = 100;
    private final char delimiter;

    public CsvRecordFormat(char delimiter) {
        this.delimiter = delimiter;
    }

    @Override
    public Reader<String> createReader(Configuration config, FSDataInputStream stream) throws IOException {
        return new RecordReader(new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8)), delimiter);
    }

    @Override
    public TypeInformation<String> getProducedType() {
        return Types.STRING;
    }

    /** Splits text into records; separate from Flink's types so that it can be tested on strings. */
    static final class RecordReader implements Reader<String> {
        private final BufferedReader in;
        private final char delimiter;
        /** Lines read ahead to look for a closing quote that did not come, to be read again. */
        private final Deque<String> pending = new ArrayDeque<>();

        RecordReader(BufferedReader in, char delimiter) {
            this.in = in;
            this.delimiter = delimiter;
        }

        @Override
        public String read() throws IOException {
            String first = next();
            if (first == null || quoteState(first, false) != QuoteState.OPEN) {
                return first;
            }
            List<String> following = new ArrayList<>();
            QuoteState state = QuoteState.OPEN;
            while (state == QuoteState.OPEN && following.size() < MAX_LINES - 1) {
                String line = next();
                if (line == null) {
                    break;
                }
                following.add(line);
                state = quoteState(line, true);
            }
            if (state == QuoteState.CLOSED) {
                return first + "\n" + String.join("\n", following);
            }
            // never closed, or closed the way no field is: the line that opened it stands alone
            for (int i = following.size() - 1; i >= 0; i--) {
                pending.addFirst(following.get(i));
            }
            return first;
        }

        private String next() throws IOException {
            return pending.isEmpty() ? in.readLine() : pending.pollFirst();
        }

        /** How a line leaves quoted fields: one still open, all closed, or a quote closed with text after it. */
        enum QuoteState { OPEN, CLOSED, INVALID }

        /**
         * How a line leaves quoted fields, starting inside one or not. A quote opens a field only at its start;
         * inside, {@code ""} is a quote and a lone {@code "} closes it, which a delimiter or the line's end must
         * follow; quotes elsewhere are text, which the parser judges.
         */
        QuoteState quoteState(String line, boolean inside) {
            boolean atFieldStart = !inside;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (inside) {
                    if (c == '"') {
                        if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                            i++;
                        } else if (i + 1 < line.length() && line.charAt(i + 1) != delimiter) {
                            return QuoteState.INVALID;
                        } else {
                            inside = false;
                        }
                    }
                } else if (c == delimiter) {
                    atFieldStart = true;
                } else {
                    if (c == '"' && atFieldStart) {
                        inside = true;
                    }
                    atFieldStart = false;
                }
            }
            return inside ? QuoteState.OPEN : QuoteState.CLOSED;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
