package io.pipelinestudio.model.node;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import io.pipelinestudio.model.validate.NodeCheck;
import io.pipelinestudio.model.validate.StreamInfo;
import java.util.List;
import java.util.Map;

/**
 * A box of the pipeline graph. Each kind is an immutable record with a stable JSON type name; it
 * declares its ports and infers the streams on its outputs from those on its inputs.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "kind")
@JsonSubTypes({
    @JsonSubTypes.Type(CsvSourceNode.class),
    @JsonSubTypes.Type(GeneratorSourceNode.class),
    @JsonSubTypes.Type(KeyByNode.class),
    @JsonSubTypes.Type(RebalanceNode.class),
    @JsonSubTypes.Type(EventTimeNode.class),
    @JsonSubTypes.Type(ParseNode.class),
    @JsonSubTypes.Type(ProjectNode.class),
    @JsonSubTypes.Type(FilterNode.class),
    @JsonSubTypes.Type(MapNode.class),
    @JsonSubTypes.Type(FlatMapNode.class),
    @JsonSubTypes.Type(ReduceNode.class),
    @JsonSubTypes.Type(WindowAggregateNode.class),
    @JsonSubTypes.Type(TrainNode.class),
    @JsonSubTypes.Type(PredictNode.class),
    @JsonSubTypes.Type(CsvSinkNode.class),
    @JsonSubTypes.Type(ConsoleSinkNode.class),
    @JsonSubTypes.Type(ChartSinkNode.class)
})
public sealed interface Node
        permits CsvSourceNode, GeneratorSourceNode, KeyByNode, RebalanceNode, EventTimeNode, ParseNode,
                ProjectNode, FilterNode, MapNode, FlatMapNode, ReduceNode, WindowAggregateNode, TrainNode,
                PredictNode, SinkNode {
    String IN = "in";
    String OUT = "out";

    String id();

    /** The name a person gave the node; may be null, then the id is shown. */
    String label();

    NodeFamily family();

    default String kind() {
        return kindOf(getClass());
    }

    default String displayName() {
        return label() == null || label().isBlank() ? id() : label();
    }

    default List<String> inputPorts() {
        return List.of(IN);
    }

    default List<String> outputPorts() {
        return List.of(OUT);
    }

    /**
     * The streams on this node's output ports, given those on its (all connected) input ports, reporting
     * every problem to {@code check}. Best effort: a node with problems still returns what it can so that
     * the nodes after it are checked too.
     */
    Map<String, StreamInfo> infer(Map<String, StreamInfo> inputs, NodeCheck check);

    static String kindOf(Class<? extends Node> type) {
        JsonTypeName name = type.getAnnotation(JsonTypeName.class);
        if (name == null) {
            throw new IllegalStateException("Expected @JsonTypeName on " + type.getName() + " but found none");
        }
        return name.value();
    }

    /** Every node kind, in palette order. */
    static List<Class<? extends Node>> kinds() {
        return List.of(CsvSourceNode.class, GeneratorSourceNode.class, KeyByNode.class, RebalanceNode.class,
                EventTimeNode.class, ParseNode.class, ProjectNode.class, FilterNode.class, MapNode.class,
                FlatMapNode.class, ReduceNode.class, WindowAggregateNode.class, TrainNode.class, PredictNode.class,
                CsvSinkNode.class, ConsoleSinkNode.class, ChartSinkNode.class);
    }
}
