package io.pipelinestudio.app.edit;

import io.pipelinestudio.model.Edge;
import io.pipelinestudio.model.Pipeline;

/** Connects an output port to an input port. */
public final class ConnectPortsCommand extends GraphEdit {
    private final Edge edge;

    public ConnectPortsCommand(PipelineTarget target, Edge edge) {
        super(target, "Connect " + edge.id());
        this.edge = edge;
    }

    @Override
    Pipeline apply(Pipeline pipeline) {
        return GraphOps.connect(pipeline, edge);
    }
}
