package io.pipelinestudio.model.node;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.pipelinestudio.model.validate.ExecutionMode;
import io.pipelinestudio.model.validate.NodeCheck;
import io.pipelinestudio.model.validate.StreamInfo;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A box of the pipeline graph. Each kind is an immutable record described by its {@link NodeKind}; it
 * declares its ports, infers the streams on its outputs from those on its inputs, and says what it does
 * (files it reads and writes, outputs worth charting, modes it runs in) so that no one tests its class.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "kind")
public sealed interface Node
        permits CsvSourceNode, GeneratorSourceNode, KafkaSourceNode, KeyByNode, RebalanceNode, EventTimeNode, ParseNode,
                ProjectNode, FilterNode, MapNode, FlatMapNode, ReduceNode, WindowAggregateNode, TrainNode,
                PredictNode, SinkNode {
    String IN = "in";
    String OUT = "out";

    String id();

    /** The name a person gave the node; may be null, then the id is shown. */
    String label();

    default NodeDescriptor descriptor() {
        return NodeDescriptor.of(getClass());
    }

    /** The kind's JSON type name, such as {@code window-aggregate}. */
    default String kind() {
        return descriptor().name();
    }

    default NodeFamily family() {
        return descriptor().family();
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

    /**
     * Whether a setting means anything with the others as they are (a tumbling window has no slide); the
     * property sheet shows only those. {@code setting} is a record component's name, or a path into a nested
     * record such as {@code window.slideMs}.
     */
    default boolean applies(String setting) {
        return true;
    }

    /** The paths of the files this node reads when it runs, as written (placeholders unbound); none by default. */
    default List<String> filesRead() {
        return List.of();
    }

    /** The paths of the files this node writes when it runs, as written (placeholders unbound); none by default. */
    default List<String> filesWritten() {
        return List.of();
    }

    /** The bootstrap servers of the Kafka clusters this node reads or writes, as written; none by default. */
    default List<String> kafkaClusters() {
        return List.of();
    }

    /**
     * Why this node, as set, needs checkpoints in STREAMING mode (it commits what it writes with them), or
     * empty when it does not; the validator warns when the pipeline has none.
     */
    default java.util.Optional<String> needsCheckpoints() {
        return java.util.Optional.empty();
    }

    /** What this node offers to draw while the pipeline runs; nothing by default. */
    default List<ChartableOutput> chartableOutputs() {
        return List.of();
    }

    /** The execution modes this node can run in, on its own settings; both by default. */
    default Set<ExecutionMode> supportedModes() {
        return EnumSet.allOf(ExecutionMode.class);
    }

    static String kindOf(Class<? extends Node> type) {
        return NodeDescriptor.of(type).name();
    }

    /** Every node kind, in palette order: the records permitted under this sealed interface. */
    static List<Class<? extends Node>> kinds() {
        return NodeDescriptor.all().stream().<Class<? extends Node>>map(NodeDescriptor::type).toList();
    }
}
