package io.pipelinestudio.model.node;

import java.util.List;

/** A node where records leave the pipeline: the sink family, one input and no outputs. */
public sealed interface SinkNode extends Node permits CsvSinkNode, ConsoleSinkNode, ChartSinkNode {
    @Override
    default NodeFamily family() {
        return NodeFamily.SINK;
    }

    @Override
    default List<String> outputPorts() {
        return List.of();
    }
}
