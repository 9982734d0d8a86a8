package io.pipelinestudio.app.edit;

import io.pipelinestudio.model.Pipeline;
import io.pipelinestudio.model.node.Node;

/** Replaces a node's record with an edited one, for example after a property change or a rename. */
public final class EditNodeCommand extends GraphEdit {
    private final String nodeId;
    private final Node replacement;

    public EditNodeCommand(PipelineTarget target, String nodeId, Node replacement, String description) {
        super(target, description);
        this.nodeId = nodeId;
        this.replacement = replacement;
    }

    @Override
    Pipeline apply(Pipeline pipeline) {
        if (pipeline.node(nodeId).isEmpty()) {
            throw new IllegalArgumentException("Expected a node '" + nodeId + "' to edit but there is none");
        }
        if (!replacement.id().equals(nodeId) && pipeline.node(replacement.id()).isPresent()) {
            throw new IllegalArgumentException("Expected a new id but '" + replacement.id() + "' is taken");
        }
        return GraphOps.replaceNode(pipeline, nodeId, replacement);
    }
}
