package io.pipelinestudio.model.node;

import io.pipelinestudio.model.schema.Field;
import io.pipelinestudio.model.schema.Schema;
import io.pipelinestudio.model.validate.NodeCheck;
import io.pipelinestudio.model.validate.ProblemKind;
import io.pipelinestudio.model.validate.StreamInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Aggregates all records of each key: output records are the key fields followed by the aggregates. */
@NodeKind(name = "reduce", label = "Reduce", family = NodeFamily.AGGREGATE, order = 110, icon = "reduce",
        description = "Aggregates all records of each key")
public record ReduceNode(String id, String label, List<Aggregation> aggregations, ReduceEmission emit)
        implements Node {
    public ReduceNode {
        Nodes.requireId(id);
        aggregations = Nodes.list(aggregations);
        emit = emit == null ? ReduceEmission.FINAL : emit;
    }

    @Override
    public Map<String, StreamInfo> infer(Map<String, StreamInfo> inputs, NodeCheck check) {
        StreamInfo in = inputs.get(IN);
        if (!in.keyed()) {
            check.error(ProblemKind.MISSING_KEY, "a reduce needs a keyed input: put a key-by node directly before it");
        }
        List<Field> out = new ArrayList<>();
        in.keyFields().forEach(k -> in.schema().field(k).ifPresent(out::add));
        out.addAll(Aggregations.outputFields(aggregations, in.schema(), check));
        check.uniqueNames(out.stream().map(Field::name).toList(), "the output");
        if (emit == ReduceEmission.EVERY_RECORD) {
            check.warning(ProblemKind.MODE_DEPENDENT_RESULT,
                    "emitting after every record gives running results in STREAMING mode but only final ones in BATCH mode");
        } else if (!in.bounded()) {
            check.warning(ProblemKind.MODE_DEPENDENT_RESULT,
                    "final results are emitted when the input ends, and this input never ends; use a window");
        }
        return Map.of(OUT, StreamInfo.of(new Schema(out), in.bounded()));
    }
}
