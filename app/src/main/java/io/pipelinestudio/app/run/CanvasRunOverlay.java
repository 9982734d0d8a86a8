package io.pipelinestudio.app.run;

import io.pipelinestudio.app.canvas.CanvasView;
import io.pipelinestudio.app.canvas.NodeView;
import io.pipelinestudio.app.concurrent.BackgroundThreads;
import io.pipelinestudio.model.Edge;
import io.pipelinestudio.model.Pipeline;
import io.pipelinestudio.model.node.Node;
import io.pipelinestudio.model.validate.ExecutionMode;
import io.pipelinestudio.runtime.run.NodeLoad;
import io.pipelinestudio.runtime.run.RunFailure;
import io.pipelinestudio.runtime.run.RunListener;
import io.pipelinestudio.runtime.run.RunResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.util.Duration;

/**
 * What a run does, drawn on the canvas: records per second and totals on every node and edge while the
 * job runs, rejected-record counts that open the rejected lines, and the cause of a failure on the node
 * at fault. Counting happens on the job's threads; the canvas is updated twice a second.
 */
public final class CanvasRunOverlay implements RunObserver {
    private static final int REJECTED_KEPT = 1_000;

    private final RunController controller;
    private final CanvasView canvas;
    private final Consumer<String> showRejected;
    private final BooleanProperty liveMetrics = new SimpleBooleanProperty(this, "liveMetrics", true);
    private final Timeline ticker = new Timeline(new KeyFrame(Duration.millis(500), e -> refresh()));
    private final Map<String, Long> previousTotals = new HashMap<>();
    private Pipeline pipeline;
    private FlowCounters counters;
    private List<String> rejectedLines = new ArrayList<>();
    private long previousNanos;
    /** Flink's busy and backpressured time per node, read off the FX thread about once a second. */
    private volatile Map<String, NodeLoad> loads = Map.of();
    private final AtomicBoolean reading = new AtomicBoolean();
    private final ExecutorService loadReader = BackgroundThreads.single("run-load-reader");

    public CanvasRunOverlay(RunController controller, CanvasView canvas, Consumer<String> showRejected) {
        this.controller = controller;
        this.canvas = canvas;
        this.showRejected = showRejected;
        ticker.setCycleCount(Animation.INDEFINITE);
        controller.runningProperty().addListener((o, was, now) -> {
            if (!now) {
                ticker.stop();
                refresh();
            }
        });
        controller.failureProperty().addListener((o, old, failure) -> showFailure(failure));
        controller.lastResultProperty().addListener((o, old, result) -> showRejections(result));
    }

    /** Whether runs count the records of every node (a little overhead per record); sinks are always counted. */
    public BooleanProperty liveMetricsProperty() {
        return liveMetrics;
    }

    /** The counters of the current or last run; null before the first. */
    public FlowCounters counters() {
        return counters;
    }

    @Override
    public Set<String> watched(Pipeline pipeline) {
        if (!liveMetrics.get()) {
            return Set.of();
        }
        return pipeline.nodes().stream().filter(n -> !n.outputPorts().isEmpty()).map(Node::id)
                .collect(Collectors.toSet());
    }

    @Override
    public RunListener started(Pipeline runPipeline, ExecutionMode mode, String runLabel) {
        pipeline = runPipeline;
        FlowCounters runCounters = new FlowCounters();
        List<String> runRejected = java.util.Collections.synchronizedList(new ArrayList<>());
        counters = runCounters;
        rejectedLines = runRejected;
        previousTotals.clear();
        loads = Map.of();
        previousNanos = System.nanoTime();
        canvas.clearRunStatus();
        ticker.play();
        return new RunListener() {
            @Override
            public void onRecord(String sinkNodeId, List<Object> values) {
                runCounters.count(sinkNodeId, Node.IN, values);
            }

            @Override
            public void onOutput(String nodeId, String port, List<Object> values) {
                runCounters.count(nodeId, port, values);
            }

            @Override
            public void onRejected(String nodeId, String reason, String input) {
                runCounters.reject(nodeId);
                if (runRejected.size() < REJECTED_KEPT) {
                    runRejected.add(nodeId + "\t" + reason + "\t" + input);
                }
            }
        };
    }

    /**
     * Called when the pipeline is edited: a failure mark belongs to the node as it ran, so once that node is
     * changed (its fault fixed, perhaps) the mark goes; the log keeps the failure.
     */
    public void edited(Pipeline now) {
        RunFailure failure = controller.failureProperty().get();
        if (failure == null || failure.nodeId() == null || pipeline == null || controller.isRunning()) {
            return;
        }
        if (!pipeline.node(failure.nodeId()).equals(now.node(failure.nodeId()))) {
            canvas.nodeView(failure.nodeId()).ifPresent(view -> view.setRunStatus(null, false, null));
        }
    }

    @Override
    public void forget() {
        ticker.stop();
        pipeline = null;
        counters = null;
        rejectedLines = new ArrayList<>();
        previousTotals.clear();
        loads = Map.of();
        canvas.clearRunStatus();
    }

    /** The rejected lines heard in the last run (node, reason, input separated by tabs), at most a thousand. */
    public List<String> rejectedLines(String nodeId) {
        synchronized (rejectedLines) {
            return rejectedLines.stream().filter(line -> nodeId == null || line.startsWith(nodeId + "\t")).toList();
        }
    }

    private void refresh() {
        if (pipeline == null || counters == null) {
            return;
        }
        long now = System.nanoTime();
        double seconds = Math.max(1e-3, (now - previousNanos) / 1e9);
        previousNanos = now;
        boolean running = controller.isRunning();
        if (running) {
            readLoad();
        } else {
            loads = Map.of();
        }
        for (Node node : pipeline.nodes()) {
            if (controller.failureProperty().get() != null
                    && node.id().equals(controller.failureProperty().get().nodeId())) {
                continue;
            }
            String port = node.outputPorts().isEmpty() ? Node.IN : Node.OUT;
            if (!counters.seen(node.id(), port)) {
                continue;
            }
            long total = counters.total(node.id(), port);
            long rejected = counters.rejected(node.id());
            String text = (node.outputPorts().isEmpty() ? "in " : "out ")
                    + flowText(node.id() + ":" + port, total, seconds, running)
                    + loadHint(loads.get(node.id()))
                    + (rejected > 0 ? " \u00b7 " + rejected + " rejected \u203a" : "");
            canvas.nodeView(node.id()).ifPresent(v -> v.setRunStatus(text, false,
                    rejected > 0 ? () -> showRejected.accept(node.id()) : null));
        }
        for (Edge edge : pipeline.edges()) {
            if (counters.seen(edge.from(), edge.fromPort())) {
                long total = counters.total(edge.from(), edge.fromPort());
                String text = flowText(edge.from() + ":" + edge.fromPort(), total, seconds, running);
                canvas.edgeView(edge.id()).ifPresent(v -> v.setFlowText(text));
            }
        }
    }

    private void readLoad() {
        controller.currentHandle().ifPresent(handle -> {
            if (reading.compareAndSet(false, true)) {
                loadReader.execute(() -> {
                    try {
                        loads = handle.load();
                    } finally {
                        reading.set(false);
                    }
                });
            }
        });
    }

    /** Where Flink reports it: a task busy most of the time, or one held back by the next one. */
    static String loadHint(NodeLoad load) {
        if (load == null) {
            return "";
        }
        if (load.isBackPressured()) {
            return String.format(" \u00b7 backpressured %.0f%%", load.backPressured() * 100);
        }
        return load.isBusy() ? String.format(" \u00b7 busy %.0f%%", load.busy() * 100) : "";
    }

    /** Flink's load figures for the running job's nodes, as last read. */
    public Map<String, NodeLoad> loads() {
        return loads;
    }

    /** "1.2k/s · 45,210" while running, the total alone afterwards. */
    private String flowText(String key, long total, double seconds, boolean running) {
        Long previous = previousTotals.put(key, total);
        if (!running) {
            return String.format("%,d", total);
        }
        double rate = (total - (previous == null ? 0 : previous)) / seconds;
        return rate(rate) + "/s \u00b7 " + String.format("%,d", total);
    }

    static String rate(double perSecond) {
        if (perSecond >= 1_000_000) {
            return String.format("%.1fM", perSecond / 1_000_000);
        }
        if (perSecond >= 1_000) {
            return String.format("%.1fk", perSecond / 1_000);
        }
        return String.format("%.0f", perSecond);
    }

    private void showFailure(RunFailure failure) {
        if (failure == null || failure.nodeId() == null) {
            return;
        }
        canvas.nodeView(failure.nodeId()).ifPresent(view -> {
            view.setRunStatus("\u2716 " + failure.message(), true, controller::showLog);
            canvas.centerOn(failure.nodeId());
        });
    }

    private void showRejections(RunResult result) {
        if (result == null || pipeline == null) {
            return;
        }
        for (Map.Entry<String, Long> entry : result.rejectedByNode().entrySet()) {
            String nodeId = entry.getKey();
            NodeView view = canvas.nodeView(nodeId).orElse(null);
            if (view == null) {
                continue;
            }
            String shown = view.runStatus();
            String text = (shown == null || shown.contains("rejected") ? "" : shown + " \u00b7 ")
                    + entry.getValue() + " rejected \u203a";
            view.setRunStatus(shown != null && shown.contains("rejected")
                    ? shown.replaceAll("\\d+ rejected.*", entry.getValue() + " rejected \u203a") : text,
                    false, () -> showRejected.accept(nodeId));
        }
    }
}
