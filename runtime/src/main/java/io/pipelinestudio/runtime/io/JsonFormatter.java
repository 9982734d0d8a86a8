package io.pipelinestudio.runtime.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.time.Instant;
import org.apache.flink.types.Row;

/**
 * Formats a row as one JSON object with the fields by name: numbers and booleans as JSON values,
 * timestamps as ISO-8601 text, and numbers JSON cannot hold (NaN, infinities) as text.
 */
public final class JsonFormatter implements LineEncoder<Row> {
    private static final long serialVersionUID = 1L;
    private static final ObjectMapper JSON = new ObjectMapper();
    private final String[] names;

    public JsonFormatter(String[] names) {
        this.names = names.clone();
    }

    @Override
    public String encode(Row row) {
        ObjectNode object = JSON.createObjectNode();
        for (int i = 0; i < names.length; i++) {
            Object value = row.getField(i);
            if (value == null) {
                object.putNull(names[i]);
            } else if (value instanceof Long number) {
                object.put(names[i], number);
            } else if (value instanceof Double number && Double.isFinite(number)) {
                object.put(names[i], number);
            } else if (value instanceof Boolean flag) {
                object.put(names[i], flag);
            } else if (value instanceof Instant instant) {
                object.put(names[i], instant.toString());
            } else {
                object.put(names[i], value.toString());
            }
        }
        try {
            return JSON.writeValueAsString(object);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
