package io.pipelinestudio.app.chart;

import io.pipelinestudio.app.files.FileDialogs;
import io.pipelinestudio.app.run.RunObserver;
import io.pipelinestudio.model.Edge;
import io.pipelinestudio.model.Pipeline;
import io.pipelinestudio.model.node.ChartSinkNode;
import io.pipelinestudio.model.node.ChartStyle;
import io.pipelinestudio.model.node.Node;
import io.pipelinestudio.model.node.WindowAggregateNode;
import io.pipelinestudio.model.schema.Field;
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
 * A live chart for every chart sink and every window aggregate of a run (unless a chart sink draws it
 * already), in a tab of the results area: chart sinks hand over the records they receive; window nodes'
 * outputs are watched. Either way the records go to the node's {@link WindowChartView}.
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

    @Override
    public Set<String> watched(Pipeline pipeline) {
        return windowNodes(pipeline).stream().map(Node::id).collect(Collectors.toSet());
    }

    @Override
    public RunListener started(Pipeline pipeline, ExecutionMode mode, String runLabel) {
        List<WindowAggregateNode> windows = windowNodes(pipeline);
        List<ChartSinkNode> charts = chartSinks(pipeline);
        if (windows.isEmpty() && charts.isEmpty()) {
            return RunListener.NONE;
        }
        ValidationReport report = PipelineValidator.validate(pipeline);
        Map<String, WindowChartView> sinks = new LinkedHashMap<>();
        for (ChartSinkNode node : charts) {
            chartLayout(report, pipeline, node).ifPresent(layout -> {
                WindowChartView view = views.computeIfAbsent(node.id(),
                        id -> new WindowChartView(id, node.displayName(), dialogs));
                view.setMessages(messages);
                view.start(layout);
                view.preset(node.style() == ChartStyle.LATEST_BARS, node.valueField(), node.topSeries());
                addTab.accept(tabTitle(node), view);
                sinks.put(node.id(), view);
            });
        }
        Map<String, WindowChartView> sinkTargets = Map.copyOf(sinks);
        Map<String, WindowChartView> running = new LinkedHashMap<>();
        for (WindowAggregateNode node : windows) {
            Optional<WindowChartView.Layout> layout = layout(report, pipeline, node);
            if (layout.isEmpty()) {
                continue;
            }
            WindowChartView view = views.computeIfAbsent(node.id(),
                    id -> new WindowChartView(id, node.displayName(), dialogs));
            view.setMessages(messages);
            view.start(layout.get());
            addTab.accept(tabTitle(node), view);
            running.put(node.id(), view);
        }
        Map<String, WindowChartView> targets = Map.copyOf(running);
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
                if (Node.OUT.equals(port)) {
                    WindowChartView view = targets.get(nodeId);
                    if (view != null) {
                        view.offer(values);
                    }
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

    public static String tabTitle(Node node) {
        return "Chart: " + node.displayName();
    }

    /** The chart of a window node, once a run has shown it. */
    public Optional<WindowChartView> view(String nodeId) {
        return Optional.ofNullable(views.get(nodeId));
    }

    private static List<ChartSinkNode> chartSinks(Pipeline pipeline) {
        return pipeline.nodes().stream().filter(ChartSinkNode.class::isInstance).map(ChartSinkNode.class::cast)
                .toList();
    }

    /** Where a chart sink's x, series and value fields are in the records reaching it. */
    private static Optional<WindowChartView.Layout> chartLayout(ValidationReport report, Pipeline pipeline,
            ChartSinkNode node) {
        if (!report.problemsOf(node.id()).isEmpty()) {
            return Optional.empty();
        }
        return pipeline.edgesInto(node.id()).stream().findFirst()
                .flatMap((Edge e) -> report.stream(e.from(), e.fromPort())).map(StreamInfo::schema)
                .map(schema -> new WindowChartView.Layout(schema.indexOf(node.xField()),
                        node.seriesField() == null || node.seriesField().isBlank() ? List.of()
                                : List.of(schema.indexOf(node.seriesField())),
                        Map.of(node.valueField(), schema.indexOf(node.valueField()))));
    }

    /** The window aggregates that get a chart of their own: those not already drawn by a chart sink. */
    private static List<WindowAggregateNode> windowNodes(Pipeline pipeline) {
        Set<String> charted = chartSinks(pipeline).stream()
                .flatMap(chart -> pipeline.edgesInto(chart.id()).stream()).map(Edge::from)
                .collect(Collectors.toSet());
        return pipeline.nodes().stream().filter(WindowAggregateNode.class::isInstance)
                .map(WindowAggregateNode.class::cast).filter(node -> !charted.contains(node.id())).toList();
    }

    /** Where the window end, the keys and the numeric aggregates are in the node's output records. */
    private static Optional<WindowChartView.Layout> layout(ValidationReport report, Pipeline pipeline,
            WindowAggregateNode node) {
        Optional<StreamInfo> out = report.stream(node.id(), Node.OUT);
        if (out.isEmpty()) {
            return Optional.empty();
        }
        Schema schema = out.get().schema();
        List<String> keyFields = pipeline.edgesInto(node.id()).stream().findFirst()
                .flatMap((Edge e) -> report.stream(e.from(), e.fromPort())).map(StreamInfo::keyFields)
                .orElse(List.of());
        List<Integer> keyIndexes = new ArrayList<>();
        keyFields.forEach(k -> {
            int index = schema.indexOf(k);
            if (index >= 0) {
                keyIndexes.add(index);
            }
        });
        Map<String, Integer> numeric = new LinkedHashMap<>();
        List<Field> fields = schema.fields();
        for (int i = 0; i < fields.size(); i++) {
            Field field = fields.get(i);
            boolean windowBound = field.name().equals(node.windowStartField()) || field.name().equals(node.windowEndField());
            if (!windowBound && !keyFields.contains(field.name()) && isNumeric(field.type())) {
                numeric.put(field.name(), i);
            }
        }
        int end = schema.indexOf(node.windowEndField());
        return end < 0 ? Optional.empty() : Optional.of(new WindowChartView.Layout(end, keyIndexes, numeric));
    }

    private static boolean isNumeric(FieldType type) {
        return type == FieldType.LONG || type == FieldType.DOUBLE;
    }
}
