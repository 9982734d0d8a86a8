package io.pipelinestudio.model.node;

import com.fasterxml.jackson.annotation.JsonTypeName;
import io.pipelinestudio.model.validate.NodeCheck;
import io.pipelinestudio.model.validate.StreamInfo;
import java.util.Map;

/** Prints records as comma-separated lines on the standard output of the process running the job. */
@JsonTypeName("console-sink")
public record ConsoleSinkNode(String id, String label) implements SinkNode {
    public ConsoleSinkNode {
        Nodes.requireId(id);
    }

    @Override
    public Map<String, StreamInfo> infer(Map<String, StreamInfo> inputs, NodeCheck check) {
        return Map.of();
    }
}
