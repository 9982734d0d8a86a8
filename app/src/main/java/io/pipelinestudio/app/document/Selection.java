package io.pipelinestudio.app.document;

import io.pipelinestudio.model.Edge;
import io.pipelinestudio.model.Pipeline;
import io.pipelinestudio.model.node.Node;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/** The selected nodes and edges, by id; view state, never saved, pruned when the model loses them. */
public final class Selection {
    private final ReadOnlyObjectWrapper<Set<String>> nodes = new ReadOnlyObjectWrapper<>(this, "nodes", Set.of());
    private final ReadOnlyObjectWrapper<Set<String>> edges = new ReadOnlyObjectWrapper<>(this, "edges", Set.of());
    private Pipeline shown;

    public Selection(PipelineDocument document) {
        document.pipelineProperty().addListener((obs, old, now) -> prune(now));
    }

    public Set<String> nodes() {
        return nodes.get();
    }

    public Set<String> edges() {
        return edges.get();
    }

    public ReadOnlyObjectProperty<Set<String>> nodesProperty() {
        return nodes.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Set<String>> edgesProperty() {
        return edges.getReadOnlyProperty();
    }

    public boolean isEmpty() {
        return nodes.get().isEmpty() && edges.get().isEmpty();
    }

    public void set(Set<String> nodeIds, Set<String> edgeIds) {
        if (!nodeIds.equals(nodes.get())) {
            nodes.set(Set.copyOf(nodeIds));
        }
        if (!edgeIds.equals(edges.get())) {
            edges.set(Set.copyOf(edgeIds));
        }
    }

    public void selectNode(String id) {
        set(Set.of(id), Set.of());
    }

    public void selectEdge(String id) {
        set(Set.of(), Set.of(id));
    }

    public void toggleNode(String id) {
        Set<String> next = new HashSet<>(nodes.get());
        if (!next.remove(id)) {
            next.add(id);
        }
        set(next, edges.get());
    }

    public void toggleEdge(String id) {
        Set<String> next = new HashSet<>(edges.get());
        if (!next.remove(id)) {
            next.add(id);
        }
        set(nodes.get(), next);
    }

    public void clear() {
        set(Set.of(), Set.of());
    }

    private void prune(Pipeline pipeline) {
        // moves change only positions; only a change of nodes or edges can orphan a selected id
        boolean sameGraph = shown != null && shown.nodes() == pipeline.nodes() && shown.edges() == pipeline.edges();
        shown = pipeline;
        if (isEmpty() || sameGraph) {
            return;
        }
        Set<String> nodeIds = pipeline.nodes().stream().map(Node::id).collect(Collectors.toSet());
        Set<String> edgeIds = pipeline.edges().stream().map(Edge::id).collect(Collectors.toSet());
        Set<String> keptNodes = nodes.get().stream().filter(nodeIds::contains).collect(Collectors.toSet());
        Set<String> keptEdges = edges.get().stream().filter(edgeIds::contains).collect(Collectors.toSet());
        set(keptNodes, keptEdges);
    }
}
