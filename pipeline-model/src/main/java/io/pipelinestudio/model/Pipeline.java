package io.pipelinestudio.model;

import io.pipelinestudio.model.node.Node;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A pipeline graph: nodes, the edges between their ports, the parameters its string settings may use
 * as {@code ${name}}, where the designer draws each node, and how its job survives failures ({@code job};
 * null for the defaults, so files that keep them do not mention them). Immutable; edits make new pipelines.
 */
public record Pipeline(int formatVersion, String name, String description, List<ParameterSpec> parameters,
        List<Node> nodes, List<Edge> edges, Map<String, Position> layout, JobSettings job) {
    /** The format this version writes, and the newest it reads. */
    public static final int FORMAT_VERSION = 1;

    public Pipeline {
        parameters = parameters == null ? List.of() : List.copyOf(parameters);
        nodes = nodes == null ? List.of() : List.copyOf(nodes);
        edges = edges == null ? List.of() : List.copyOf(edges);
        // sorted, so that saving the same graph always writes the same file
        layout = layout == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(layout));
        job = JobSettings.DEFAULTS.equals(job) ? null : job;
    }

    /** A pipeline whose job keeps the default settings. */
    public Pipeline(int formatVersion, String name, String description, List<ParameterSpec> parameters,
            List<Node> nodes, List<Edge> edges, Map<String, Position> layout) {
        this(formatVersion, name, description, parameters, nodes, edges, layout, null);
    }

    /** The job's checkpoint and restart settings; the defaults when the pipeline names none. */
    public JobSettings jobSettings() {
        return job == null ? JobSettings.DEFAULTS : job;
    }

    public static Pipeline of(String name, List<Node> nodes, List<Edge> edges) {
        return new Pipeline(FORMAT_VERSION, name, null, List.of(), nodes, edges, Map.of());
    }

    public Optional<Node> node(String id) {
        return nodes.stream().filter(n -> n.id().equals(id)).findFirst();
    }

    public Optional<ParameterSpec> parameter(String name) {
        return parameters.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    public List<Edge> edgesInto(String nodeId) {
        return edges.stream().filter(e -> e.to().equals(nodeId)).toList();
    }

    /** The edge into a node's main input port ({@link Node#IN}), when it is connected. */
    public Optional<Edge> mainInputOf(String nodeId) {
        return edges.stream().filter(e -> e.to().equals(nodeId) && e.toPort().equals(Node.IN)).findFirst();
    }

    public List<Edge> edgesOutOf(String nodeId) {
        return edges.stream().filter(e -> e.from().equals(nodeId)).toList();
    }

    public Pipeline withNodes(List<Node> newNodes) {
        return new Pipeline(formatVersion, name, description, parameters, newNodes, edges, layout, job);
    }

    public Pipeline withEdges(List<Edge> newEdges) {
        return new Pipeline(formatVersion, name, description, parameters, nodes, newEdges, layout, job);
    }

    public Pipeline withParameters(List<ParameterSpec> newParameters) {
        return new Pipeline(formatVersion, name, description, newParameters, nodes, edges, layout, job);
    }

    public Pipeline withJob(JobSettings newJob) {
        return new Pipeline(formatVersion, name, description, parameters, nodes, edges, layout, newJob);
    }

    public Pipeline withLayout(Map<String, Position> newLayout) {
        return new Pipeline(formatVersion, name, description, parameters, nodes, edges, newLayout, job);
    }
}
