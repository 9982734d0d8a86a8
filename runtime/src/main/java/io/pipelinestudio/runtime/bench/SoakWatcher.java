package io.pipelinestudio.runtime.bench;

import io.pipelinestudio.model.Pipeline;
import io.pipelinestudio.model.node.Node;
import io.pipelinestudio.model.schema.Schema;
import io.pipelinestudio.runtime.compile.PreparedPipeline;
import io.pipelinestudio.runtime.run.RunListener;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;

/**
 * Follows the soak's run as the designer follows a run with live metrics on and a chart open: counts
 * the records leaving every node and reaching every sink, keeps the chart sink's points and the first
 * rejected records, each in a bounded structure, so that what they cost is part of what the soak measures.
 */
final class SoakWatcher implements RunListener {
    /** As many rejected records as the designer keeps for its rejected-records view. */
    private static final int REJECTED_KEPT = 1_000;

    private final Map<String, LongAdder> flows = new ConcurrentHashMap<>();
    private final ChartPoints chart;
    private final int endIndex;
    private final int keyIndex;
    private final int countIndex;
    private final LongAdder windowed = new LongAdder();
    private final LongAdder rejectedCount = new LongAdder();
    private final List<String> rejectedKept = Collections.synchronizedList(new ArrayList<>());

    private SoakWatcher(ChartPoints chart, Schema windowResults) {
        this.chart = chart;
        this.endIndex = field(windowResults, "window_end");
        this.keyIndex = field(windowResults, "key");
        this.countIndex = field(windowResults, SoakPipeline.COUNT_FIELD);
    }

    /** A watcher reading the window results where the prepared soak pipeline puts their fields. */
    static SoakWatcher of(PreparedPipeline prepared, ChartPoints chart) {
        Schema results = prepared.report().stream(SoakPipeline.WINDOW, Node.OUT)
                .orElseThrow(() -> new IllegalStateException("Expected the soak pipeline's window to have results"))
                .schema();
        return new SoakWatcher(chart, results);
    }

    private static int field(Schema schema, String name) {
        int index = schema.indexOf(name);
        if (index < 0) {
            throw new IllegalStateException("Expected a field " + name + " in the window results but found "
                    + schema.names());
        }
        return index;
    }

    /** Every node output in the run, as the designer watches them with live metrics on. */
    static Set<String> watchedNodes(Pipeline pipeline) {
        return pipeline.nodes().stream().filter(n -> !n.outputPorts().isEmpty()).map(Node::id)
                .collect(Collectors.toSet());
    }

    @Override
    public void onRecord(String sinkNodeId, List<Object> values) {
        count(sinkNodeId, Node.IN);
        long windowCount = ((Number) values.get(countIndex)).longValue();
        if (sinkNodeId.equals(SoakPipeline.CHART)) {
            chart.add(String.valueOf(values.get(keyIndex)), ((Number) values.get(endIndex)).longValue(), windowCount);
        } else if (sinkNodeId.equals(SoakPipeline.CSV)) {
            windowed.add(windowCount);
        }
    }

    @Override
    public void onOutput(String nodeId, String port, List<Object> values) {
        count(nodeId, port);
    }

    @Override
    public void onRejected(String nodeId, String reason, String input) {
        rejectedCount.increment();
        if (rejectedKept.size() < REJECTED_KEPT) {
            rejectedKept.add(nodeId + "\t" + reason + "\t" + input);
        }
    }

    private void count(String nodeId, String port) {
        flows.computeIfAbsent(nodeId + ":" + port, k -> new LongAdder()).increment();
    }

    /** The records that left {@code port} of {@code nodeId} so far (a sink's input is its {@code in} port). */
    long flowed(String nodeId, String port) {
        LongAdder count = flows.get(nodeId + ":" + port);
        return count == null ? 0 : count.sum();
    }

    /** The records the windows counted, summed over the results the CSV sink wrote. */
    long windowedRecords() {
        return windowed.sum();
    }

    long rejected() {
        return rejectedCount.sum();
    }

    /** The first rejected records, {@code node  reason  input}; a soak should have none. */
    List<String> firstRejected() {
        synchronized (rejectedKept) {
            return List.copyOf(rejectedKept.subList(0, Math.min(5, rejectedKept.size())));
        }
    }

    ChartPoints chart() {
        return chart;
    }
}
