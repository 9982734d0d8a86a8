package io.pipelinestudio.model.schema;

import java.util.Objects;

/** A named, typed field of a record. */
public record Field(String name, FieldType type) {
    public Field {
        Objects.requireNonNull(name, "field name");
        Objects.requireNonNull(type, "field type of '" + name + "'");
    }

    @Override
    public String toString() {
        return name + ": " + type.jsonName();
    }
}
