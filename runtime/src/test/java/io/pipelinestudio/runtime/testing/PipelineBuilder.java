package io.pipelinestudio.runtime.testing;

import io.pipelinestudio.model.Edge;
import io.pipelinestudio.model.ParameterSpec;
import io.pipelinestudio.model.Pipeline;
import io.pipelinestudio.model.node.Node;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds test pipelines in Java: chains of nodes joined out-to-in, plus any extra edges. */
public final class PipelineBuilder {
    private final String name;
    private final Map<String, Node> nodes = new LinkedHashMap<>();
    private final List<Edge> edges = new ArrayList<>();
    private final List<ParameterSpec> parameters = new ArrayList<>();

    private PipelineBuilder(String name) {
        this.name = name;
    }

    public static PipelineBuilder pipeline(String name) {
        return new PipelineBuilder(name);
    }

    /** A pipeline of one chain of nodes. */
    public static Pipeline chain(String name, Node... chain) {
        return pipeline(name).chain(chain).build();
    }

    /** Adds the nodes not added yet and connects each one's {@code out} port to the next one's {@code in}. */
    public PipelineBuilder chain(Node... chain) {
        for (Node node : chain) {
            nodes.putIfAbsent(node.id(), node);
        }
        for (int i = 1; i < chain.length; i++) {
            edges.add(Edge.of(chain[i - 1].id(), chain[i].id()));
        }
        return this;
    }

    public PipelineBuilder edge(String from, String fromPort, String to, String toPort) {
        edges.add(new Edge(from, fromPort, to, toPort));
        return this;
    }

    public PipelineBuilder parameter(String parameter, String defaultValue) {
        parameters.add(new ParameterSpec(parameter, defaultValue, null));
        return this;
    }

    public Pipeline build() {
        return new Pipeline(Pipeline.FORMAT_VERSION, name, null, parameters, List.copyOf(nodes.values()), edges,
                Map.of());
    }
}
