package io.pipelinestudio.model.node;

import io.pipelinestudio.model.schema.Field;
import io.pipelinestudio.model.schema.FieldType;
import io.pipelinestudio.model.schema.Schema;
import io.pipelinestudio.model.validate.NodeCheck;
import io.pipelinestudio.model.validate.ProblemKind;
import io.pipelinestudio.model.validate.StreamInfo;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * Parses a delimited text field into typed fields, which replace it; records whose text does not parse
 * are rejected (counted and kept, not fatal).
 */
@NodeKind(name = "parse", label = "Parse", family = NodeFamily.PROCESS, order = 60, icon = "parse",
        description = "Parses a delimited text field into typed fields",
        settings = {
            @SettingHelp(name = "field", help = "The text field to parse", role = SettingRole.INPUT_FIELD)})
public record ParseNode(String id, String label, String field, String delimiter, List<Field> fields)
        implements Node {
    public ParseNode {
        Nodes.requireId(id);
        delimiter = Nodes.orDefault(delimiter, ",");
        fields = Nodes.list(fields);
    }

    @Override
    public Map<String, StreamInfo> infer(Map<String, StreamInfo> inputs, NodeCheck check) {
        StreamInfo in = inputs.get(IN);
        check.field(in.schema(), field, "the text field", EnumSet.of(FieldType.STRING));
        CsvSourceNode.checkDelimiter(delimiter, check);
        if (fields.isEmpty()) {
            check.error(ProblemKind.BAD_PARAMETER, "declare at least one field to parse");
        }
        Schema kept = field == null ? in.schema() : in.schema().without(field);
        List<String> names = new ArrayList<>(kept.names());
        fields.forEach(f -> names.add(f.name()));
        check.uniqueNames(names, "the output");
        List<Field> out = new ArrayList<>(kept.fields());
        out.addAll(fields);
        return Map.of(OUT, in.unkeyed(new Schema(out)));
    }
}
