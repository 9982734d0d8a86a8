package io.pipelinestudio.model.node;

import java.util.List;

/** A node where records leave the pipeline: one input and no outputs; its kind is in the sink family. */
public sealed interface SinkNode extends Node permits CsvSinkNode, FileSinkNode, KafkaSinkNode, ConsoleSinkNode, ChartSinkNode {
    @Override
    default List<String> outputPorts() {
        return List.of();
    }
}
