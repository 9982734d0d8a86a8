package io.pipelinestudio.model.schema;

import io.pipelinestudio.model.text.UserText;

/** A named, typed field of a record. */
public record Field(String name, FieldType type) {
    public Field {
        if (name == null) {
            throw new IllegalArgumentException("a field needs a name");
        }
        if (type == null) {
            throw new IllegalArgumentException("the field '" + UserText.quote(name) + "' needs a type");
        }
    }

    @Override
    public String toString() {
        return name + ": " + type.jsonName();
    }
}
