package io.pipelinestudio.model.validate;

import io.pipelinestudio.model.Edge;
import io.pipelinestudio.model.JobSettings;
import io.pipelinestudio.model.ParameterSpec;
import io.pipelinestudio.model.Pipeline;
import io.pipelinestudio.model.node.Node;
import io.pipelinestudio.model.node.NodeFamily;
import io.pipelinestudio.model.param.ParameterBinding;
import io.pipelinestudio.model.param.Placeholders;
import io.pipelinestudio.model.text.UserText;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks a whole pipeline before anything runs and reports every problem at once, each pinned to the
 * node or edge at fault: graph structure (ids, ports, cycles, unconnected inputs), then each node's
 * settings against the schema flowing into it, in topological order.
 */
public final class PipelineValidator {
    /**
     * The most nodes one pipeline may hold. Its job is one generated Java method, which the JVM caps at 64 kB
     * of bytecode, and Flink builds its stream graph recursively along each chain; 500 nodes stay well
     * within both, far beyond any pipeline a person draws.
     */
    public static final int MAX_NODES = 500;

    private PipelineValidator() {}

    /** Checks the pipeline as a document: placeholders stay unbound and no mode is assumed. */
    public static ValidationReport validate(Pipeline pipeline) {
        return validate(pipeline, Optional.empty(), null);
    }

    /**
     * Binds the pipeline's parameters (given values over defaults) and checks it as it will run in
     * {@code mode}; the report's pipeline is the bound one.
     */
    public static ValidationReport validateForRun(Pipeline pipeline, ExecutionMode mode, Map<String, String> given) {
        return validate(ParameterBinding.bind(pipeline, given), Optional.of(mode),
                ParameterBinding.effectiveValues(pipeline, given));
    }

    /**
     * Checks the pipeline as it will run: in {@code mode}, with {@code parameterValues} bound (the
     * pipeline given must already be bound; the values tell which placeholders had none).
     */
    public static ValidationReport validate(Pipeline pipeline, Optional<ExecutionMode> mode,
            Map<String, String> parameterValues) {
        List<Problem> problems = new ArrayList<>();
        if (pipeline.nodes().size() > MAX_NODES) {
            // checking further would only repeat what cannot run, slowly
            problems.add(new Problem(Severity.ERROR, ProblemKind.BAD_PARAMETER, Problem.PIPELINE, "the pipeline has "
                    + pipeline.nodes().size() + " nodes; a pipeline holds at most " + MAX_NODES
                    + ": split it into pipelines joined by files or Kafka topics"));
            return new ValidationReport(pipeline, problems, List.of(), Map.of());
        }
        Map<String, Node> nodes = checkIds(pipeline, problems);
        List<Edge> edges = checkEdges(pipeline, nodes, problems);
        checkParameters(pipeline, parameterValues, problems);
        checkPaths(parameterValues != null ? nodes.values()
                : ParameterBinding.nodesWithDefaults(pipeline).orElse(List.of()), problems);
        List<String> order = topologicalOrder(nodes, edges, problems);
        Map<PortRef, StreamInfo> streams = inferStreams(nodes, edges, order, problems);
        if (nodes.values().stream().noneMatch(n -> n.family() == NodeFamily.SINK)) {
            problems.add(new Problem(Severity.ERROR, ProblemKind.NO_SINK, Problem.PIPELINE,
                    "the pipeline has no sink, so a job would compute nothing; add a CSV or console sink"));
        }
        mode.ifPresent(m -> checkMode(m, nodes, problems));
        checkJob(pipeline.jobSettings(), mode, nodes, problems);
        return new ValidationReport(pipeline, problems, order, streams);
    }

    private static Map<String, Node> checkIds(Pipeline pipeline, List<Problem> problems) {
        Map<String, Node> nodes = new LinkedHashMap<>();
        for (Node node : pipeline.nodes()) {
            if (nodes.putIfAbsent(node.id(), node) != null) {
                problems.add(new Problem(Severity.ERROR, ProblemKind.DUPLICATE_ID, node.id(),
                        "two nodes have the id '" + node.id() + "'; ids must be unique"));
            }
        }
        return nodes;
    }

    /** The edges that connect existing ports, each input port at most once. */
    private static List<Edge> checkEdges(Pipeline pipeline, Map<String, Node> nodes, List<Problem> problems) {
        List<Edge> valid = new ArrayList<>();
        Map<PortRef, Edge> inputs = new HashMap<>();
        for (Edge edge : pipeline.edges()) {
            Node from = nodes.get(edge.from());
            Node to = nodes.get(edge.to());
            if (from == null || to == null) {
                problems.add(edgeProblem(edge, ProblemKind.UNKNOWN_NODE,
                        "connects the node '" + (from == null ? edge.from() : edge.to()) + "', which does not exist"));
                continue;
            }
            if (!from.outputPorts().contains(edge.fromPort())) {
                problems.add(edgeProblem(edge, ProblemKind.UNKNOWN_PORT, "'" + from.id() + "' has no output port '"
                        + edge.fromPort() + "'; its output ports are " + from.outputPorts()));
                continue;
            }
            if (!to.inputPorts().contains(edge.toPort())) {
                problems.add(edgeProblem(edge, ProblemKind.UNKNOWN_PORT, "'" + to.id() + "' has no input port '"
                        + edge.toPort() + "'; its input ports are " + to.inputPorts()));
                continue;
            }
            Edge earlier = inputs.putIfAbsent(new PortRef(edge.to(), edge.toPort()), edge);
            if (earlier != null) {
                problems.add(edgeProblem(edge, ProblemKind.INPUT_ALREADY_CONNECTED, "the input '" + edge.toPort()
                        + "' of '" + edge.to() + "' is already connected by " + earlier.id()));
                continue;
            }
            valid.add(edge);
        }
        return valid;
    }

    private static void checkParameters(Pipeline pipeline, Map<String, String> values, List<Problem> problems) {
        Set<String> declared = pipeline.parameters().stream().map(ParameterSpec::name).collect(Collectors.toSet());
        // a declared default counts as a value, whether or not the pipeline was bound before
        Map<String, String> effective = values == null ? null : ParameterBinding.effectiveValues(pipeline, values);
        Set<String> seen = new HashSet<>();
        for (ParameterSpec spec : pipeline.parameters()) {
            if (!seen.add(spec.name())) {
                problems.add(new Problem(Severity.ERROR, ProblemKind.BAD_PARAMETER, Problem.PIPELINE,
                        "the parameter '" + spec.name() + "' is declared twice"));
            }
        }
        Map<String, ParameterBinding.NodePlaceholders> placeholders = ParameterBinding.placeholders(pipeline);
        placeholders.forEach((nodeId, found) -> {
            if (found.malformed() != null) {
                problems.add(new Problem(Severity.ERROR, ProblemKind.BAD_PARAMETER, nodeId, "holds '"
                        + UserText.quote(found.malformed()) + "', which is no placeholder: a parameter's name starts"
                        + " with a letter or '_' and holds letters, digits, '_', '.' and '-' (write $${ for a literal"
                        + " ${)"));
            }
        });
        // a document's defaults are values too, checked before anyone runs it
        Map<String, String> checked = effective != null ? effective : ParameterBinding.effectiveValues(pipeline, Map.of());
        checked.forEach((name, value) -> {
            if (!Placeholders.names(value).isEmpty()) {
                problems.add(new Problem(Severity.ERROR, ProblemKind.BAD_PARAMETER, Problem.PIPELINE,
                        "the value of the parameter '" + name + "' is '" + UserText.quote(value) + "', which refers"
                                + " to a parameter; values are taken as they are, so write $${ for a literal ${"));
            }
        });
        placeholders.forEach((nodeId, found) -> {
            for (String name : found.names()) {
                if (!declared.contains(name)) {
                    problems.add(new Problem(Severity.ERROR, ProblemKind.UNDECLARED_PARAMETER, nodeId,
                            "uses ${" + name + "}, which the pipeline does not declare as a parameter"));
                } else if (effective != null && !effective.containsKey(name)) {
                    problems.add(new Problem(Severity.ERROR, ProblemKind.MISSING_PARAMETER_VALUE, nodeId,
                            "uses ${" + name + "}, which has no value and no default: pass --param "
                                    + name + "=VALUE"));
                }
            }
        });
    }

    /**
     * Paths this machine cannot even name (a NUL, say) are refused on their node before anything runs; paths
     * that still hold placeholders are checked once they are bound.
     */
    private static void checkPaths(Collection<Node> nodes, List<Problem> problems) {
        for (Node node : nodes) {
            List<String> paths = new ArrayList<>(node.filesRead());
            paths.addAll(node.filesWritten());
            for (String path : paths) {
                if (path == null || !Placeholders.names(path).isEmpty()) {
                    continue;
                }
                try {
                    java.nio.file.Path.of(path);
                } catch (java.nio.file.InvalidPathException e) {
                    problems.add(new Problem(Severity.ERROR, ProblemKind.BAD_PARAMETER, node.id(), "the path '"
                            + UserText.quote(path) + "' is not a valid file path: " + UserText.quote(e.getReason())));
                }
            }
        }
    }

    /** Kahn's algorithm; nodes left over sit on a cycle and are reported. */
    private static List<String> topologicalOrder(Map<String, Node> nodes, List<Edge> edges, List<Problem> problems) {
        Map<String, Integer> inDegree = new LinkedHashMap<>();
        Map<String, List<String>> successors = new HashMap<>();
        nodes.keySet().forEach(id -> inDegree.put(id, 0));
        for (Edge edge : edges) {
            inDegree.merge(edge.to(), 1, Integer::sum);
            successors.computeIfAbsent(edge.from(), k -> new ArrayList<>()).add(edge.to());
        }
        Deque<String> ready = new ArrayDeque<>();
        inDegree.forEach((id, degree) -> {
            if (degree == 0) {
                ready.add(id);
            }
        });
        List<String> order = new ArrayList<>();
        while (!ready.isEmpty()) {
            String id = ready.poll();
            order.add(id);
            for (String next : successors.getOrDefault(id, List.of())) {
                if (inDegree.merge(next, -1, Integer::sum) == 0) {
                    ready.add(next);
                }
            }
        }
        if (order.size() < nodes.size()) {
            // nodes after a cycle are left over too; an edge is on a cycle only if its end leads back to its start
            List<Edge> onCycleEdges = edges.stream()
                    .filter(e -> !order.contains(e.from()) && reaches(e.to(), e.from(), successors))
                    .toList();
            List<String> onCycle = nodes.keySet().stream()
                    .filter(id -> onCycleEdges.stream().anyMatch(e -> e.from().equals(id) || e.to().equals(id)))
                    .toList();
            for (Edge edge : onCycleEdges) {
                problems.add(edgeProblem(edge, ProblemKind.CYCLE, "closes a cycle through the nodes "
                        + String.join(", ", onCycle) + "; records cannot flow in a circle"));
            }
        }
        return order;
    }

    private static boolean reaches(String start, String target, Map<String, List<String>> successors) {
        Set<String> seen = new HashSet<>();
        Deque<String> pending = new ArrayDeque<>(List.of(start));
        while (!pending.isEmpty()) {
            String id = pending.poll();
            if (id.equals(target)) {
                return true;
            }
            if (seen.add(id)) {
                pending.addAll(successors.getOrDefault(id, List.of()));
            }
        }
        return false;
    }

    private static Map<PortRef, StreamInfo> inferStreams(Map<String, Node> nodes, List<Edge> edges,
            List<String> order, List<Problem> problems) {
        Map<PortRef, StreamInfo> streams = new HashMap<>();
        for (String id : order) {
            Node node = nodes.get(id);
            Map<String, StreamInfo> inputs = new HashMap<>();
            boolean complete = true;
            for (String port : node.inputPorts()) {
                Optional<Edge> edge = edges.stream()
                        .filter(e -> e.to().equals(id) && e.toPort().equals(port))
                        .findFirst();
                if (edge.isEmpty()) {
                    problems.add(new Problem(Severity.ERROR, ProblemKind.UNCONNECTED_INPUT, id,
                            "the input '" + port + "' is not connected; connect an upstream node's output to it"));
                    complete = false;
                    continue;
                }
                StreamInfo upstream = streams.get(new PortRef(edge.get().from(), edge.get().fromPort()));
                if (upstream == null) {
                    complete = false;
                } else {
                    inputs.put(port, upstream);
                }
            }
            // without every input, the node cannot be checked without reporting noise
            if (!complete) {
                continue;
            }
            NodeCheck check = new NodeCheck(id);
            node.infer(inputs, check).forEach((port, stream) -> streams.put(new PortRef(id, port), stream));
            problems.addAll(check.problems());
        }
        return streams;
    }

    private static void checkMode(ExecutionMode mode, Map<String, Node> nodes, List<Problem> problems) {
        for (Node node : nodes.values()) {
            if (node.supportedModes().contains(mode)) {
                continue;
            }
            String what = "this " + node.descriptor().label().toLowerCase(Locale.ROOT);
            problems.add(mode == ExecutionMode.BATCH
                    ? new Problem(Severity.ERROR, ProblemKind.UNBOUNDED_IN_BATCH, node.id(), "BATCH mode needs"
                            + " bounded input but " + what + " never ends: bound it in its settings or run in"
                            + " STREAMING mode")
                    : new Problem(Severity.ERROR, ProblemKind.BAD_PARAMETER, node.id(), what + " runs only in "
                            + node.supportedModes() + " mode but the pipeline runs in " + mode + " mode"));
        }
    }

    /** The job settings themselves, and nodes that need checkpoints the settings do not take. */
    private static void checkJob(JobSettings job, Optional<ExecutionMode> mode, Map<String, Node> nodes,
            List<Problem> problems) {
        if (job.checkpointIntervalMs() < 0) {
            problems.add(jobProblem("the checkpoint interval must not be negative (0: no checkpoints)"));
        } else if (job.checkpoints() && job.checkpointIntervalMs() < 10) {
            problems.add(jobProblem("the checkpoint interval must be at least 10 ms, Flink's minimum"));
        }
        if (job.checkpointDirectory() != null && !job.checkpointDirectory().contains("://")) {
            try {
                java.nio.file.Paths.get(job.checkpointDirectory());
            } catch (java.nio.file.InvalidPathException e) {
                problems.add(jobProblem("the checkpoint directory is not a path: " + e.getReason()));
            }
        }
        if (job.restartStrategy() != JobSettings.RestartStrategy.NONE) {
            if (job.restartAttempts() < 1) {
                problems.add(jobProblem("a restart strategy needs at least one restart attempt"));
            }
            if (job.restartDelayMs() < 0) {
                problems.add(jobProblem("the restart delay must not be negative"));
            }
            if (job.restartStrategy() == JobSettings.RestartStrategy.EXPONENTIAL_DELAY
                    && job.restartMaxDelayMs() < Math.max(1, job.restartDelayMs())) {
                problems.add(jobProblem("the largest restart delay must be at least the first delay (and above 0)"));
            }
        }
        // BATCH jobs commit what they write when their input ends; only STREAMING needs checkpoints
        if (!job.checkpoints() && mode.orElse(ExecutionMode.STREAMING) == ExecutionMode.STREAMING) {
            for (Node node : nodes.values()) {
                node.needsCheckpoints().ifPresent(why -> problems.add(new Problem(Severity.WARNING,
                        ProblemKind.JOB_SETTINGS, node.id(), why + ": set a checkpoint interval in the pipeline's"
                                + " settings")));
            }
        }
    }

    private static Problem jobProblem(String message) {
        return new Problem(Severity.ERROR, ProblemKind.JOB_SETTINGS, Problem.PIPELINE, message);
    }

    private static Problem edgeProblem(Edge edge, ProblemKind kind, String message) {
        return new Problem(Severity.ERROR, kind, edge.id(), message);
    }
}
