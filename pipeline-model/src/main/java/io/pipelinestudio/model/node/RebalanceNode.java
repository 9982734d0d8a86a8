package io.pipelinestudio.model.node;

import io.pipelinestudio.model.validate.NodeCheck;
import io.pipelinestudio.model.validate.StreamInfo;
import java.util.Map;

/** Spreads records round-robin over all parallel instances of the next operator. */
@NodeKind(name = "rebalance", label = "Rebalance", family = NodeFamily.PARTITION, order = 40, icon = "rebalance",
        description = "Spreads records round-robin")
public record RebalanceNode(String id, String label) implements Node {
    public RebalanceNode {
        Nodes.requireId(id);
    }

    @Override
    public Map<String, StreamInfo> infer(Map<String, StreamInfo> inputs, NodeCheck check) {
        StreamInfo in = inputs.get(IN);
        return Map.of(OUT, in.unkeyed(in.schema()));
    }
}
