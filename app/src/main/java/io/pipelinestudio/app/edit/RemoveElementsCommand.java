package io.pipelinestudio.app.edit;

import io.pipelinestudio.model.Pipeline;
import java.util.Set;

/** Deletes nodes (with the edges that touch them) and edges. */
public final class RemoveElementsCommand extends GraphEdit {
    private final Set<String> nodeIds;
    private final Set<String> edgeIds;

    public RemoveElementsCommand(PipelineTarget target, Set<String> nodeIds, Set<String> edgeIds) {
        super(target, describe(nodeIds.size(), edgeIds.size()));
        this.nodeIds = Set.copyOf(nodeIds);
        this.edgeIds = Set.copyOf(edgeIds);
    }

    @Override
    Pipeline apply(Pipeline pipeline) {
        return GraphOps.remove(pipeline, nodeIds, edgeIds);
    }

    private static String describe(int nodes, int edges) {
        if (edges == 0) {
            return "Delete " + nodes + (nodes == 1 ? " node" : " nodes");
        }
        if (nodes == 0) {
            return "Delete " + edges + (edges == 1 ? " connection" : " connections");
        }
        return "Delete " + (nodes + edges) + " elements";
    }
}
