package io.pipelinestudio.app.edit;

import io.pipelinestudio.model.Edge;
import io.pipelinestudio.model.Pipeline;
import io.pipelinestudio.model.Position;
import io.pipelinestudio.model.node.Node;
import java.util.List;
import java.util.Map;

/** Adds a fragment of nodes with the edges among them, as pasting or duplicating does. */
public final class PasteNodesCommand extends GraphEdit {
    private final List<Node> nodes;
    private final List<Edge> edges;
    private final Map<String, Position> positions;

    public PasteNodesCommand(PipelineTarget target, List<Node> nodes, List<Edge> edges,
            Map<String, Position> positions, String description) {
        super(target, description);
        this.nodes = List.copyOf(nodes);
        this.edges = List.copyOf(edges);
        this.positions = Map.copyOf(positions);
    }

    @Override
    Pipeline apply(Pipeline pipeline) {
        return GraphOps.addNodes(pipeline, nodes, edges, positions);
    }
}
