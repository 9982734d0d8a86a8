package io.pipelinestudio.model.node;

import com.fasterxml.jackson.annotation.JsonTypeName;
import io.pipelinestudio.model.schema.FieldType;
import io.pipelinestudio.model.validate.NodeCheck;
import io.pipelinestudio.model.validate.ProblemKind;
import io.pipelinestudio.model.validate.StreamInfo;
import java.util.Map;

/** Keeps the records for which a boolean expression over their fields is true. */
@JsonTypeName("filter")
public record FilterNode(String id, String label, String condition) implements Node {
    public FilterNode {
        Nodes.requireId(id);
    }

    @Override
    public NodeFamily family() {
        return NodeFamily.PROCESS;
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
