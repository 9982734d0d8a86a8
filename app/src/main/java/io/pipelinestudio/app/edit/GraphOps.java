package io.pipelinestudio.app.edit;

import io.pipelinestudio.model.Edge;
import io.pipelinestudio.model.Pipeline;
import io.pipelinestudio.model.Position;
import io.pipelinestudio.model.node.Node;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Pure functions from a pipeline to an edited pipeline; the commands are thin wrappers around them. They
 * change a pipeline through its {@code with...} methods, so that what they do not edit (the job's settings)
 * is kept.
 */
public final class GraphOps {
    private GraphOps() {}

    public static Pipeline addNodes(Pipeline pipeline, Collection<Node> nodes, Collection<Edge> edges,
            Map<String, Position> positions) {
        List<Node> newNodes = new ArrayList<>(pipeline.nodes());
        newNodes.addAll(nodes);
        List<Edge> newEdges = new ArrayList<>(pipeline.edges());
        newEdges.addAll(edges);
        Map<String, Position> layout = new HashMap<>(pipeline.layout());
        layout.putAll(positions);
        return pipeline.withNodes(newNodes).withEdges(newEdges).withLayout(layout);
    }

    /** Removes the nodes with their edges and positions, and the edges with the given ids. */
    public static Pipeline remove(Pipeline pipeline, Set<String> nodeIds, Set<String> edgeIds) {
        List<Node> nodes = pipeline.nodes().stream().filter(n -> !nodeIds.contains(n.id())).toList();
        List<Edge> edges = pipeline.edges().stream()
                .filter(e -> !edgeIds.contains(e.id()) && !nodeIds.contains(e.from()) && !nodeIds.contains(e.to()))
                .toList();
        Map<String, Position> layout = new HashMap<>(pipeline.layout());
        layout.keySet().removeAll(nodeIds);
        return pipeline.withNodes(nodes).withEdges(edges).withLayout(layout);
    }

    public static Pipeline move(Pipeline pipeline, Map<String, Position> positions) {
        Map<String, Position> layout = new HashMap<>(pipeline.layout());
        layout.putAll(positions);
        return pipeline.withLayout(layout);
    }

    public static Pipeline connect(Pipeline pipeline, Edge edge) {
        List<Edge> edges = new ArrayList<>(pipeline.edges());
        edges.add(edge);
        return pipeline.withEdges(edges);
    }

    /**
     * Puts {@code replacement} where the node {@code oldId} was; when the id changes, its edges and
     * position follow it.
     */
    public static Pipeline replaceNode(Pipeline pipeline, String oldId, Node replacement) {
        List<Node> nodes = pipeline.nodes().stream().map(n -> n.id().equals(oldId) ? replacement : n).toList();
        String newId = replacement.id();
        if (newId.equals(oldId)) {
            return pipeline.withNodes(nodes);
        }
        List<Edge> edges = pipeline.edges().stream()
                .map(e -> new Edge(e.from().equals(oldId) ? newId : e.from(), e.fromPort(),
                        e.to().equals(oldId) ? newId : e.to(), e.toPort()))
                .toList();
        Map<String, Position> layout = new HashMap<>(pipeline.layout());
        Position position = layout.remove(oldId);
        if (position != null) {
            layout.put(newId, position);
        }
        return pipeline.withNodes(nodes).withEdges(edges).withLayout(layout);
    }

    public static Pipeline describe(Pipeline pipeline, String name, String description) {
        return new Pipeline(pipeline.formatVersion(), name, description, pipeline.parameters(), pipeline.nodes(),
                pipeline.edges(), pipeline.layout(), pipeline.job());
    }

    /** {@code base}, or {@code base-2}, {@code base-3}, ... : the first id no node has and none in {@code taken}. */
    public static String uniqueId(Pipeline pipeline, String base, Set<String> taken) {
        Set<String> used = new HashSet<>(taken);
        pipeline.nodes().forEach(n -> used.add(n.id()));
        if (!used.contains(base)) {
            return base;
        }
        for (int i = 2; ; i++) {
            String candidate = base + "-" + i;
            if (!used.contains(candidate)) {
                return candidate;
            }
        }
    }
}
