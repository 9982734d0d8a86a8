package io.pipelinestudio.app.edit;

import io.pipelinestudio.model.Pipeline;
import io.pipelinestudio.model.Position;
import io.pipelinestudio.model.node.Node;
import java.util.List;
import java.util.Map;

/** Adds one node at a position of the canvas. */
public final class AddNodeCommand extends GraphEdit {
    private final Node node;
    private final Position position;

    public AddNodeCommand(PipelineTarget target, Node node, Position position) {
        super(target, "Add " + node.displayName());
        this.node = node;
        this.position = position;
    }

    @Override
    Pipeline apply(Pipeline pipeline) {
        if (pipeline.node(node.id()).isPresent()) {
            throw new IllegalArgumentException("Expected a new node id but '" + node.id() + "' already exists");
        }
        return GraphOps.addNodes(pipeline, List.of(node), List.of(), Map.of(node.id(), position));
    }
}
