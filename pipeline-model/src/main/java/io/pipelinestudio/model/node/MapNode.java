package io.pipelinestudio.model.node;

import io.pipelinestudio.model.schema.Field;
import io.pipelinestudio.model.schema.Schema;
import io.pipelinestudio.model.validate.NodeCheck;
import io.pipelinestudio.model.validate.ProblemKind;
import io.pipelinestudio.model.validate.StreamInfo;
import java.util.List;
import java.util.Map;

/**
 * Computes fields from expressions over the input record; a computed field replaces an input field of
 * the same name, or is appended. Every expression sees the input record, not the others' results.
 */
@NodeKind(name = "map", label = "Map", family = NodeFamily.PROCESS, order = 90, icon = "map",
        description = "Computes fields from expressions")
public record MapNode(String id, String label, List<ComputedField> fields) implements Node {
    public MapNode {
        Nodes.requireId(id);
        fields = Nodes.list(fields);
    }

    @Override
    public Map<String, StreamInfo> infer(Map<String, StreamInfo> inputs, NodeCheck check) {
        StreamInfo in = inputs.get(IN);
        if (fields.isEmpty()) {
            check.error(ProblemKind.BAD_PARAMETER, "add at least one computed field");
        }
        check.uniqueNames(fields.stream().map(ComputedField::name).toList(), "the computed fields");
        Schema out = in.schema();
        for (ComputedField computed : fields) {
            String role = "the expression of '" + computed.name() + "'";
            var type = check.expression(computed.expression(), in.schema(), role);
            if (type.isPresent() && computed.name() != null && !computed.name().isBlank()) {
                out = out.with(new Field(computed.name(), type.get()));
            }
        }
        return Map.of(OUT, in.unkeyed(out));
    }

}
