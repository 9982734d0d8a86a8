package io.pipelinestudio.runtime.compile;

import io.pipelinestudio.model.schema.Field;
import io.pipelinestudio.model.schema.FieldType;
import io.pipelinestudio.model.schema.Schema;
import java.util.List;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.typeutils.RowTypeInfo;

/** Maps model schemas to Flink's type system, so that every record is a typed {@code Row}, never Kryo. */
public final class RowTypes {
    private RowTypes() {}

    public static RowTypeInfo of(Schema schema) {
        return of(schema.fields());
    }

    public static RowTypeInfo of(List<Field> fields) {
        TypeInformation<?>[] types = new TypeInformation<?>[fields.size()];
        String[] names = new String[fields.size()];
        for (int i = 0; i < fields.size(); i++) {
            types[i] = of(fields.get(i).type());
            names[i] = fields.get(i).name();
        }
        return new RowTypeInfo(types, names);
    }

    public static TypeInformation<?> of(FieldType type) {
        switch (type) {
            case STRING:
                return Types.STRING;
            case LONG:
                return Types.LONG;
            case DOUBLE:
                return Types.DOUBLE;
            case BOOLEAN:
                return Types.BOOLEAN;
            case TIMESTAMP:
                return Types.INSTANT;
            default:
                throw new IllegalArgumentException("Expected a known field type but found " + type);
        }
    }

    /** The field types as a plain array, for functions that must stay serializable and small. */
    public static FieldType[] types(Schema schema) {
        return schema.fields().stream().map(Field::type).toArray(FieldType[]::new);
    }
}
