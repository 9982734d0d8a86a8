package io.pipelinestudio.model.node;

import io.pipelinestudio.model.schema.Field;
import io.pipelinestudio.model.schema.FieldType;
import io.pipelinestudio.model.schema.Schema;
import io.pipelinestudio.model.validate.NodeCheck;
import io.pipelinestudio.model.validate.StreamInfo;
import java.util.EnumSet;
import java.util.Map;

/**
 * Splits a text field at a separator and emits one record per part, the part in place of the text
 * (renamed to {@code as} when given), other fields copied; empty parts are skipped when asked.
 */
@NodeKind(name = "flat-map", label = "Flat map", family = NodeFamily.PROCESS, order = 100, icon = "flat-map",
        description = "Splits a text field into one record per part",
        settings = {
            @SettingHelp(name = "field", help = "The text field to split", role = SettingRole.INPUT_FIELD)})
public record FlatMapNode(String id, String label, String field, String separator, String as, boolean skipEmpty)
        implements Node {
    public FlatMapNode {
        Nodes.requireId(id);
        separator = Nodes.orDefault(separator, " ");
    }

    public String outputField() {
        return as == null || as.isBlank() ? field : as;
    }

    @Override
    public Map<String, StreamInfo> infer(Map<String, StreamInfo> inputs, NodeCheck check) {
        StreamInfo in = inputs.get(IN);
        check.notBlank(separator, "the separator");
        if (check.field(in.schema(), field, "the field to split", EnumSet.of(FieldType.STRING)).isEmpty()) {
            return Map.of(OUT, in.unkeyed(in.schema()));
        }
        Schema out = outputSchema(in.schema());
        check.uniqueNames(out.names(), "the output");
        return Map.of(OUT, in.unkeyed(out));
    }

    public Schema outputSchema(Schema input) {
        int index = input.indexOf(field);
        var fields = new java.util.ArrayList<>(input.fields());
        fields.set(index, new Field(outputField(), FieldType.STRING));
        return new Schema(fields);
    }
}
