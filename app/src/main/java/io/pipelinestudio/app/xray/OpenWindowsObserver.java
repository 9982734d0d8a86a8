package io.pipelinestudio.app.xray;

import io.pipelinestudio.app.run.RunObserver;
import io.pipelinestudio.model.Edge;
import io.pipelinestudio.model.Pipeline;
import io.pipelinestudio.model.node.Node;
import io.pipelinestudio.model.node.TimeCharacteristic;
import io.pipelinestudio.model.node.WindowAggregateNode;
import io.pipelinestudio.model.node.WindowType;
import io.pipelinestudio.model.schema.Schema;
import io.pipelinestudio.model.validate.ExecutionMode;
import io.pipelinestudio.model.validate.PipelineValidator;
import io.pipelinestudio.model.validate.StreamInfo;
import io.pipelinestudio.model.validate.ValidationReport;
import io.pipelinestudio.runtime.run.RunListener;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Shadows the open windows of every event-time window node of a streaming run, from the records of the node
 * feeding it, for the X-ray. Session windows are left out: their extent depends on gaps only the job knows.
 */
public final class OpenWindowsObserver implements RunObserver {
    private final Map<String, OpenWindows> byWindow = new ConcurrentHashMap<>();

    @Override
    public Set<String> watched(Pipeline pipeline) {
        return shadowed(pipeline).stream().map(window -> input(pipeline, window).from()).collect(Collectors.toSet());
    }

    @Override
    public RunListener started(Pipeline pipeline, ExecutionMode mode, String runLabel) {
        byWindow.clear();
        if (mode != ExecutionMode.STREAMING) {
            return RunListener.NONE;
        }
        ValidationReport report = PipelineValidator.validate(pipeline);
        Map<String, List<OpenWindows>> byUpstream = new HashMap<>();
        for (WindowAggregateNode window : shadowed(pipeline)) {
            Edge in = input(pipeline, window);
            Optional<StreamInfo> stream = report.stream(in.from(), in.fromPort());
            Optional<EventTimeOrigin> origin = EventTimeOrigin.of(pipeline, window.id());
            if (stream.isEmpty() || origin.isEmpty()) {
                continue;
            }
            Schema schema = stream.get().schema();
            int time = schema.indexOf(origin.get().field());
            int[] keys = stream.get().keyFields().stream().mapToInt(schema::indexOf).toArray();
            if (time < 0 || java.util.Arrays.stream(keys).anyMatch(k -> k < 0)) {
                continue;
            }
            OpenWindows open = new OpenWindows(window.window(), keys, time);
            byWindow.put(window.id(), open);
            byUpstream.computeIfAbsent(in.from() + "\u0000" + in.fromPort(), k -> new java.util.ArrayList<>()).add(open);
        }
        if (byUpstream.isEmpty()) {
            return RunListener.NONE;
        }
        return new RunListener() {
            @Override
            public void onOutput(String nodeId, String port, List<Object> values) {
                List<OpenWindows> targets = byUpstream.get(nodeId + "\u0000" + port);
                if (targets != null) {
                    targets.forEach(open -> open.add(values));
                }
            }
        };
    }

    @Override
    public void forget() {
        byWindow.clear();
    }

    /** The open windows of a window node in the current or last streaming run. */
    Optional<OpenWindows> of(String windowId) {
        return Optional.ofNullable(byWindow.get(windowId));
    }

    private static List<WindowAggregateNode> shadowed(Pipeline pipeline) {
        return pipeline.nodes().stream().filter(WindowAggregateNode.class::isInstance)
                .map(WindowAggregateNode.class::cast)
                .filter(w -> w.time() == TimeCharacteristic.EVENT && w.window() != null
                        && w.window().type() != WindowType.SESSION && input(pipeline, w) != null)
                .toList();
    }

    private static Edge input(Pipeline pipeline, Node node) {
        return pipeline.mainInputOf(node.id()).orElse(null);
    }
}
