package io.pipelinestudio.model.node;

import io.pipelinestudio.model.validate.NodeCheck;
import io.pipelinestudio.model.validate.StreamInfo;
import java.util.Map;

/** Prints records as comma-separated lines on the standard output of the process running the job. */
@NodeKind(name = "console-sink", label = "Console", family = NodeFamily.SINK, order = 160, icon = "console-sink",
        description = "Prints records on standard output")
public record ConsoleSinkNode(String id, String label) implements SinkNode {
    public ConsoleSinkNode {
        Nodes.requireId(id);
    }

    @Override
    public Map<String, StreamInfo> infer(Map<String, StreamInfo> inputs, NodeCheck check) {
        return Map.of();
    }
}
