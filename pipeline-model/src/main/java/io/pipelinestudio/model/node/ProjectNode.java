package io.pipelinestudio.model.node;

import io.pipelinestudio.model.schema.Field;
import io.pipelinestudio.model.schema.Schema;
import io.pipelinestudio.model.validate.NodeCheck;
import io.pipelinestudio.model.validate.ProblemKind;
import io.pipelinestudio.model.validate.StreamInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Keeps the listed fields, in the listed order, renaming those with an {@code as}. */
@NodeKind(name = "project", label = "Project", family = NodeFamily.PROCESS, order = 70, icon = "project",
        description = "Keeps, orders and renames fields")
public record ProjectNode(String id, String label, List<ProjectedField> fields) implements Node {
    public ProjectNode {
        Nodes.requireId(id);
        fields = Nodes.list(fields);
    }

    @Override
    public Map<String, StreamInfo> infer(Map<String, StreamInfo> inputs, NodeCheck check) {
        StreamInfo in = inputs.get(IN);
        if (fields.isEmpty()) {
            check.error(ProblemKind.BAD_PARAMETER, "choose at least one field to keep");
        }
        check.uniqueNames(fields.stream().map(ProjectedField::outputName).toList(), "the projection");
        List<Field> out = new ArrayList<>();
        for (ProjectedField projected : fields) {
            check.field(in.schema(), projected.field(), "the field")
                    .ifPresent(f -> out.add(new Field(projected.outputName(), f.type())));
        }
        return Map.of(OUT, in.unkeyed(new Schema(out)));
    }
}
