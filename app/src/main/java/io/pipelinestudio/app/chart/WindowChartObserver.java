package io.pipelinestudio.app.chart;

import io.pipelinestudio.app.files.FileDialogs;
import io.pipelinestudio.app.run.RunObserver;
import io.pipelinestudio.model.Edge;
import io.pipelinestudio.model.Pipeline;
import io.pipelinestudio.model.node.ChartableOutput;
import io.pipelinestudio.model.node.ChartStyle;
import io.pipelinestudio.model.node.Node;
import io.pipelinestudio.model.schema.FieldType;
import io.pipelinestudio.model.schema.Schema;
import io.pipelinestudio.model.validate.ExecutionMode;
import io.pipelinestudio.model.validate.PipelineValidator;
import io.pipelinestudio.model.validate.StreamInfo;
import io.pipelinestudio.model.validate.ValidationReport;
import io.pipelinestudio.runtime.run.RunListener;
import io.pipelinestudio.runtime.run.RunState;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.application.Platform;

/**
 * A live chart for every node that offers one ({@link Node#chartableOutputs()}), in a tab of the results
 * area: a sink that draws what it receives hands its records over; an output worth charting is watched,
 * unless a charting sink draws it already. Either way the records go to the node's {@link WindowChartView}.
 */
public final class WindowChartObserver implements RunObserver {
    private final BiConsumer<String, javafx.scene.Node> addTab;
    private final FileDialogs dialogs;
    private final Consumer<String> messages;
    private final Map<String, WindowChartView> views = new HashMap<>();

    public WindowChartObserver(BiConsumer<String, javafx.scene.Node> addTab, FileDialogs dialogs,
            Consumer<String> messages) {
        this.addTab = addTab;
        this.dialogs = dialogs;
        this.messages = messages;
    }

    /** A node with the one chart it is drawn by (the first it offers). */
    private record Charted(Node node, ChartableOutput chart) {
        boolean onInput() {
            return !node.outputPorts().contains(chart.port());
        }
    }

    @Override
    public Set<String> watched(Pipeline pipeline) {
        return outputCharts(pipeline).stream().map(c -> c.node().id()).collect(Collectors.toSet());
    }

    @Override
    public RunListener started(Pipeline pipeline, ExecutionMode mode, String runLabel) {
        List<Charted> inputs = inputCharts(pipeline);
        List<Charted> outputs = outputCharts(pipeline);
        if (inputs.isEmpty() && outputs.isEmpty()) {
            return RunListener.NONE;
        }
        ValidationReport report = PipelineValidator.validate(pipeline);
        Map<String, WindowChartView> sinkTargets = show(inputs, report, pipeline);
        Map<String, WindowChartView> targets = show(outputs, report, pipeline);
        Map<String, String> ports = outputs.stream()
                .collect(Collectors.toMap(c -> c.node().id(), c -> c.chart().port(), (a, b) -> a));
        return new RunListener() {
            @Override
            public void onRecord(String sinkNodeId, List<Object> values) {
                WindowChartView view = sinkTargets.get(sinkNodeId);
                if (view != null) {
                    view.offer(values);
                }
            }

            @Override
            public void onOutput(String nodeId, String port, List<Object> values) {
                WindowChartView view = targets.get(nodeId);
                if (view != null && port.equals(ports.get(nodeId))) {
                    view.offer(values);
                }
            }

            @Override
            public void onStateChanged(RunState state) {
                if (state.isTerminal()) {
                    Platform.runLater(() -> {
                        targets.values().forEach(WindowChartView::stop);
                        sinkTargets.values().forEach(WindowChartView::stop);
                    });
                }
            }
        };
    }

    @Override
    public void forget() {
        views.values().forEach(WindowChartView::stop);
        views.clear();
    }

    private Map<String, WindowChartView> show(List<Charted> charts, ValidationReport report, Pipeline pipeline) {
        Map<String, WindowChartView> shown = new LinkedHashMap<>();
        for (Charted charted : charts) {
            Node node = charted.node();
            ChartableOutput chart = charted.chart();
            layout(report, pipeline, charted).ifPresent(layout -> {
                WindowChartView view = views.computeIfAbsent(node.id(),
                        id -> new WindowChartView(id, node.displayName(), dialogs));
                view.setMessages(messages);
                view.start(layout);
                view.preset(chart.style() == ChartStyle.LATEST_BARS,
                        chart.valueFields().isEmpty() ? null : chart.valueFields().get(0), chart.topSeries());
                addTab.accept(tabTitle(node), view);
                shown.put(node.id(), view);
            });
        }
        return Map.copyOf(shown);
    }

    public static String tabTitle(Node node) {
        return "Chart: " + node.displayName();
    }

    /** The chart of a node, once a run has shown it. */
    public Optional<WindowChartView> view(String nodeId) {
        return Optional.ofNullable(views.get(nodeId));
    }

    private static List<Charted> charts(Pipeline pipeline) {
        return pipeline.nodes().stream().filter(node -> !node.chartableOutputs().isEmpty())
                .map(node -> new Charted(node, node.chartableOutputs().get(0))).toList();
    }

    private static List<Charted> inputCharts(Pipeline pipeline) {
        return charts(pipeline).stream().filter(Charted::onInput).toList();
    }

    /** The outputs that get a chart of their own: those not already drawn by a sink that charts its input. */
    private static List<Charted> outputCharts(Pipeline pipeline) {
        Set<String> charted = inputCharts(pipeline).stream()
                .flatMap(chart -> pipeline.edgesInto(chart.node().id()).stream()).map(Edge::from)
                .collect(Collectors.toSet());
        return charts(pipeline).stream().filter(c -> !c.onInput() && !charted.contains(c.node().id())).toList();
    }

    /** Where the x, series and value fields are in the records charted. */
    private static Optional<WindowChartView.Layout> layout(ValidationReport report, Pipeline pipeline,
            Charted charted) {
        Node node = charted.node();
        ChartableOutput chart = charted.chart();
        // a sink's settings name the fields it draws: with problems they may name none that exist
        if (charted.onInput() && !report.problemsOf(node.id()).isEmpty()) {
            return Optional.empty();
        }
        Optional<StreamInfo> input = pipeline.edgesInto(node.id()).stream().findFirst()
                .flatMap((Edge e) -> report.stream(e.from(), e.fromPort()));
        Optional<StreamInfo> drawn = charted.onInput() ? input : report.stream(node.id(), chart.port());
        if (drawn.isEmpty()) {
            return Optional.empty();
        }
        Schema schema = drawn.get().schema();
        int x = schema.indexOf(chart.xField());
        if (x < 0) {
            return Optional.empty();
        }
        List<String> seriesFields = chart.seriesByInputKey()
                ? input.map(StreamInfo::keyFields).orElse(List.of()) : chart.seriesFields();
        List<Integer> series = new ArrayList<>();
        seriesFields.forEach(name -> {
            int index = schema.indexOf(name);
            if (index >= 0) {
                series.add(index);
            }
        });
        Map<String, Integer> values = new LinkedHashMap<>();
        for (String name : chart.valueFields()) {
            int index = schema.indexOf(name);
            if (index >= 0 && isNumeric(schema.fields().get(index).type())) {
                values.put(name, index);
            }
        }
        return Optional.of(new WindowChartView.Layout(x, series, values));
    }

    private static boolean isNumeric(FieldType type) {
        return type == FieldType.LONG || type == FieldType.DOUBLE;
    }
}
