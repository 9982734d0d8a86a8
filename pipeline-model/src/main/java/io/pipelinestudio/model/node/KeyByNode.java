package io.pipelinestudio.model.node;

import io.pipelinestudio.model.validate.NodeCheck;
import io.pipelinestudio.model.validate.ProblemKind;
import io.pipelinestudio.model.validate.StreamInfo;
import java.util.List;
import java.util.Map;

/** Partitions records by the values of one or more fields, so that each key is processed in one place. */
@NodeKind(name = "key-by", label = "Key by", family = NodeFamily.PARTITION, order = 30, icon = "key-by",
        description = "Partitions records by the values of fields",
        settings = {
            @SettingHelp(name = "fields", help = "The fields whose values decide a record's partition, in order",
                    role = SettingRole.INPUT_FIELDS)})
public record KeyByNode(String id, String label, List<String> fields) implements Node {
    public KeyByNode {
        Nodes.requireId(id);
        fields = Nodes.list(fields);
    }

    @Override
    public Map<String, StreamInfo> infer(Map<String, StreamInfo> inputs, NodeCheck check) {
        StreamInfo in = inputs.get(IN);
        if (fields.isEmpty()) {
            check.error(ProblemKind.BAD_PARAMETER, "choose at least one field to key by");
        }
        check.uniqueNames(fields, "the key");
        List<String> known = fields.stream()
                .filter(f -> check.field(in.schema(), f, "the key field").isPresent())
                .toList();
        return Map.of(OUT, known.isEmpty() ? in.unkeyed(in.schema()) : in.keyedBy(known));
    }
}
