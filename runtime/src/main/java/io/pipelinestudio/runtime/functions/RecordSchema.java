package io.pipelinestudio.runtime.functions;

import io.pipelinestudio.model.schema.Field;
import io.pipelinestudio.model.schema.FieldType;
import io.pipelinestudio.model.schema.Schema;
import java.io.Serializable;

/**
 * A schema in a form that travels with a function to the cluster: the model's {@link Schema} is not
 * serializable, so functions keep names and types and rebuild the schema where they run.
 */
final class RecordSchema implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String[] names;
    private final FieldType[] types;

    RecordSchema(Schema schema) {
        names = schema.names().toArray(String[]::new);
        types = schema.fields().stream().map(Field::type).toArray(FieldType[]::new);
    }

    Schema toSchema() {
        Field[] fields = new Field[names.length];
        for (int i = 0; i < names.length; i++) {
            fields[i] = new Field(names[i], types[i]);
        }
        return Schema.of(fields);
    }
}
