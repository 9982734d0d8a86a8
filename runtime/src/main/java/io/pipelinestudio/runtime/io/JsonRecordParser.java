package io.pipelinestudio.runtime.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Serializable;
import org.apache.flink.types.Row;

/**
 * Parses one JSON object into the declared fields, found by name (other members are ignored), each
 * converted as the delimited parser converts a column, so "42" and 42 read alike.
 */
public final class JsonRecordParser implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final ObjectMapper JSON = new ObjectMapper();
    private final String[] names;
    private final DelimitedParser fields;

    /** {@code fields}: the declared names and types (its delimiter is unused). */
    public JsonRecordParser(String[] names, DelimitedParser fields) {
        this.names = names.clone();
        this.fields = fields;
    }

    public int arity() {
        return names.length;
    }

    /** Parses {@code text} into {@code row} from position {@code offset}; null on success, else why not. */
    public String parseInto(String text, Row row, int offset) {
        JsonNode object;
        try {
            object = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            return "not JSON: " + e.getOriginalMessage();
        }
        if (object == null || !object.isObject()) {
            return "expected a JSON object";
        }
        for (int i = 0; i < names.length; i++) {
            JsonNode value = object.get(names[i]);
            if (value == null || value.isNull()) {
                return "field '" + names[i] + "' is missing";
            }
            if (value.isContainerNode()) {
                return "field '" + names[i] + "' is an object or array; expected a single value";
            }
            String error = fields.parseField(i, value.asText(), row, offset + i);
            if (error != null) {
                return error;
            }
        }
        return null;
    }
}
