package io.pipelinestudio.app.canvas;

import io.pipelinestudio.model.Edge;
import io.pipelinestudio.model.Pipeline;
import io.pipelinestudio.model.node.Node;
import io.pipelinestudio.model.node.PredictNode;
import io.pipelinestudio.model.node.TrainNode;
import io.pipelinestudio.model.text.UserText;
import io.pipelinestudio.model.validate.NodeCheck;
import io.pipelinestudio.model.validate.Problem;
import io.pipelinestudio.model.validate.ProblemKind;
import io.pipelinestudio.model.validate.StreamInfo;
import io.pipelinestudio.model.validate.ValidationReport;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which input ports accept a connection from one output port: the ports exist, the input is free, the
 * edge closes no cycle, and the stream the model infers on the output satisfies the receiving node (a
 * window or reduce needs a keyed stream, for instance).
 */
public final class ConnectionRules {
    /** The problems that no later setting of the receiving node can fix, so the edge is refused. */
    private static final Set<ProblemKind> REFUSED = Set.of(ProblemKind.MISSING_KEY);

    private final Pipeline pipeline;
    private final ValidationReport report;
    private final String from;
    private final String fromPort;
    private final Set<String> upstream;

    private ConnectionRules(Pipeline pipeline, ValidationReport report, String from, String fromPort) {
        this.pipeline = pipeline;
        this.report = report;
        this.from = from;
        this.fromPort = fromPort;
        this.upstream = ancestorsOf(pipeline, from);
    }

    /** The rules for connections that start at {@code from.fromPort}; {@code report} may be null or stale. */
    public static ConnectionRules from(Pipeline pipeline, ValidationReport report, String from, String fromPort) {
        return new ConnectionRules(pipeline, report, from, fromPort);
    }

    /** Why the graph's shape refuses an edge into {@code to.toPort}, or empty when it allows it. */
    public Optional<String> structural(String to, String toPort) {
        Optional<Node> source = pipeline.node(from);
        Optional<Node> target = pipeline.node(to);
        if (source.isEmpty() || target.isEmpty()) {
            return Optional.of("the node no longer exists");
        }
        if (!source.get().outputPorts().contains(fromPort)) {
            return Optional.of("'" + from + "' has no output '" + fromPort + "'");
        }
        if (!target.get().inputPorts().contains(toPort)) {
            return Optional.of("'" + to + "' has no input '" + toPort + "'");
        }
        if (from.equals(to) || upstream.contains(to)) {
            return Optional.of("connecting '" + from + "' to '" + to + "' would close a cycle");
        }
        for (Edge edge : pipeline.edges()) {
            if (edge.to().equals(to) && edge.toPort().equals(toPort)) {
                return Optional.of("the input '" + toPort + "' of '" + to + "' is already connected");
            }
        }
        return Optional.empty();
    }

    /** Why an edge into {@code to.toPort} is refused, structurally or by the stream's type; empty if accepted. */
    public Optional<String> check(String to, String toPort) {
        Optional<String> shape = structural(to, toPort);
        if (shape.isPresent() || report == null) {
            return shape;
        }
        Optional<StreamInfo> stream = report.stream(from, fromPort);
        Node target = pipeline.node(to).orElseThrow();
        if (target instanceof PredictNode && toPort.equals(PredictNode.MODEL) && stream.isPresent()
                && !TrainNode.isModelSchema(stream.get().schema())) {
            // a predict node has two inputs, so the check by inference below does not judge this port
            return Optional.of("the model port takes a train node's output (step, loss, bias and a weight per"
                    + " feature), not records of " + fieldList(stream.get().schema().names()));
        }
        if (stream.isEmpty() || target.inputPorts().size() != 1) {
            // nothing is known about the stream yet: let the validator judge the finished graph
            return Optional.empty();
        }
        try {
            NodeCheck check = new NodeCheck(to);
            target.infer(Map.of(toPort, stream.get()), check);
            for (Problem problem : check.problems()) {
                if (REFUSED.contains(problem.kind())) {
                    return Optional.of(problem.message());
                }
            }
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** The first few field names: enough to recognise the stream, short enough to read beside the cursor. */
    private static String fieldList(List<String> names) {
        int shown = 5;
        return names.subList(0, Math.min(shown, names.size())).stream().map(UserText::quote)
                .collect(java.util.stream.Collectors.joining(", ")) + (names.size() > shown ? ", \u2026" : "");
    }

    private static Set<String> ancestorsOf(Pipeline pipeline, String node) {
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(node));
        while (!todo.isEmpty()) {
            String current = todo.pop();
            for (Edge edge : pipeline.edges()) {
                if (edge.to().equals(current) && seen.add(edge.from())) {
                    todo.push(edge.from());
                }
            }
        }
        return seen;
    }
}
