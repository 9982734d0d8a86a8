package io.pipelinestudio.model.schema;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The types a record field can have; every value in a running job is one of these. */
public enum FieldType {
    STRING,
    LONG,
    DOUBLE,
    BOOLEAN,
    /** An instant; in expressions it reads as epoch milliseconds (an int). */
    TIMESTAMP;

    @JsonValue
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static FieldType fromJson(String name) {
        for (FieldType type : values()) {
            if (type.jsonName().equalsIgnoreCase(name)) {
                return type;
            }
        }
        throw new IllegalArgumentException(
                "unknown field type '" + name + "'; expected one of " + names());
    }

    public boolean isNumeric() {
        return this == LONG || this == DOUBLE;
    }

    public static String names() {
        return Arrays.stream(values()).map(FieldType::jsonName).collect(Collectors.joining(", "));
    }
}
