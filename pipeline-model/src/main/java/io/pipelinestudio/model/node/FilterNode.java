package io.pipelinestudio.model.node;

import io.pipelinestudio.model.schema.FieldType;
import io.pipelinestudio.model.validate.NodeCheck;
import io.pipelinestudio.model.validate.ProblemKind;
import io.pipelinestudio.model.validate.StreamInfo;
import java.util.Map;

/** Keeps the records for which a boolean expression over their fields is true. */
@NodeKind(name = "filter", label = "Filter", family = NodeFamily.PROCESS, order = 80, icon = "filter",
        description = "Keeps records for which a condition holds",
        settings = {
            @SettingHelp(name = "condition", help = "A boolean expression over the input fields, like value > 10")})
public record FilterNode(String id, String label, String condition) implements Node {
    public FilterNode {
        Nodes.requireId(id);
    }

    @Override
    public Map<String, StreamInfo> infer(Map<String, StreamInfo> inputs, NodeCheck check) {
        StreamInfo in = inputs.get(IN);
        check.expression(condition, in.schema(), "the condition").ifPresent(type -> {
            if (type != FieldType.BOOLEAN) {
                check.error(ProblemKind.TYPE_MISMATCH,
                        "the condition '" + condition + "' yields " + type.jsonName() + "; expected boolean");
            }
        });
        return Map.of(OUT, in.unkeyed(in.schema()));
    }
}
