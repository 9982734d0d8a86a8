package io.pipelinestudio.runtime.compile;

import io.pipelinestudio.model.node.KeyByNode;
import io.pipelinestudio.model.schema.Field;
import io.pipelinestudio.model.schema.Schema;
import io.pipelinestudio.runtime.codegen.JavaSource;
import io.pipelinestudio.runtime.functions.KeyFields;
import io.pipelinestudio.runtime.functions.RowKeySelector;
import java.util.List;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.streaming.api.datastream.KeyedStream;
import org.apache.flink.types.Row;

/** A {@link NodeTranslator} for the {@link KeyByNode}: Flink's {@code keyBy}, hash-partitioning by key. */
final class KeyByTranslator extends AbstractNodeTranslator<KeyByNode> {
    static KeyFields keyFields(Schema input, List<String> keys) {
        return new KeyFields(keyIndexes(input, keys));
    }

    static int[] keyIndexes(Schema input, List<String> keys) {
        return keys.stream().mapToInt(input::indexOf).toArray();
    }

    /** One key field is its own type; several form a key row. */
    @SuppressWarnings("unchecked")
    static TypeInformation<Object> keyType(Schema input, List<String> keys) {
        List<Field> fields = keys.stream().map(k -> input.field(k).orElseThrow()).toList();
        if (fields.size() == 1) {
            return (TypeInformation<Object>) RowTypes.of(fields.get(0).type());
        }
        return (TypeInformation<Object>) (TypeInformation<?>) RowTypes.of(fields);
    }

    /** The key's Flink type as Java: {@code keyType(Types.STRING)}, or a row type for several fields. */
    static String keyTypeJava(Schema input, List<String> keys, JavaSource java) {
        List<Field> fields = keys.stream().map(k -> input.field(k).orElseThrow()).toList();
        String type = fields.size() == 1 ? java.fieldType(fields.get(0).type()) : java.rowType(new Schema(fields));
        return java.helper("keyType") + "(" + type + ")";
    }

    @Override
    public void translate(KeyByNode node, JavaSource java) {
        java.use(KeyedStream.class, Row.class, RowKeySelector.class, KeyFields.class);
        Schema input = java.inputSchema(node);
        java.comment("hash-partitions by " + String.join(", ", node.fields())
                + (node.fields().size() == 1 ? "; the key is the field's value" : "; the key is a row of the fields"));
        java.output(node, KeyByNode.OUT, java.declare("KeyedStream<Row, Object>", node, "", java.input(node)
                + "\n.keyBy(new RowKeySelector(new KeyFields(" + JavaSource.ints(KeyByTranslator.keyIndexes(input, node.fields()))
                + ")), " + keyTypeJava(input, node.fields(), java) + ")"));
    }
}
