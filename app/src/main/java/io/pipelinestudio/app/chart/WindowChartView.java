package io.pipelinestudio.app.chart;

import io.pipelinestudio.app.concurrent.BackgroundThreads;
import io.pipelinestudio.app.files.FileDialogs;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.stage.Window;
import javafx.util.Duration;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The live chart of one window node: window results per key over time (the top keys, and on request the
 * rest summed as "other"), or a bar chart of the latest window. Results arrive on the job's threads into a
 * queue; the chart takes them in at most 20 times a second, keeps a bounded number of windows per key, and
 * can be paused, zoomed (drag on the chart) and exported as PNG, SVG and CSV.
 */
public final class WindowChartView extends BorderPane {
    public static final int MAX_POINTS = 600;
    static final long REFRESH_MS = 50;
    private static final int EXPORT_WIDTH = 1000;
    private static final int EXPORT_HEIGHT = 600;
    /** One writer for every chart's exports, started by the first. */
    private static final ExecutorService EXPORTS = BackgroundThreads.single("chart-export");

    /** Where the chart finds, in each output record of its node, the window end, the key and the values. */
    public record Layout(int endIndex, List<Integer> keyIndexes, Map<String, Integer> numericFields) {}

    private record Pending(List<Object> values, long arrivedNanos) {}

    private final String nodeTitle;
    private final FileDialogs dialogs;
    private final WindowSeries model = new WindowSeries(MAX_POINTS);
    private final ConcurrentLinkedQueue<Pending> pending = new ConcurrentLinkedQueue<>();
    private final XYSeriesCollection timeData = new XYSeriesCollection();
    private final DefaultCategoryDataset barData = new DefaultCategoryDataset();
    private final JFreeChart timeChart;
    private final JFreeChart barChart;
    private final ThemedChartViewer viewer;
    private final ChoiceBox<String> valueChoice = new ChoiceBox<>();
    private final ChoiceBox<Integer> topChoice = new ChoiceBox<>();
    private final ToggleButton timeSeries = new ToggleButton("Over time");
    private final ToggleButton latest = new ToggleButton("Latest window");
    private final ToggleButton pause = new ToggleButton("Pause");
    private final CheckBox showOther = new CheckBox("Show other");
    private final Label info = new Label();
    private final Timeline refresh = new Timeline(new KeyFrame(Duration.millis(REFRESH_MS), e -> drain()));
    private final ChartLatency latency = new ChartLatency();
    private Layout layout = new Layout(0, List.of(), Map.of());
    private List<String> shownKeys = List.of();
    private long received;
    private Consumer<String> messages = m -> { };

    public WindowChartView(String nodeId, String nodeTitle, FileDialogs dialogs) {
        this.nodeTitle = nodeTitle;
        this.dialogs = dialogs;
        setId("chart-" + nodeId);
        getStyleClass().add("window-chart");
        // no title inside the chart: the tab names it, and the results area is short
        timeChart = ChartFactory.createTimeSeriesChart(null, "window end", "value", timeData, true, true, false);
        barChart = ChartFactory.createBarChart(null, "key", "value", barData);
        // the bars are one series, the value chosen, which the value axis names: a legend would only repeat it
        barChart.removeLegend();
        // one path per series rather than a line per segment: quicker to draw, and one element per series in SVG
        ((XYLineAndShapeRenderer) timeChart.getXYPlot().getRenderer()).setDrawSeriesLineAsPath(true);
        viewer = new ThemedChartViewer(timeChart);
        viewer.setId("chart-viewer-" + nodeId);
        createView();
        refresh.setCycleCount(Animation.INDEFINITE);
    }

    private void createView() {
        ToggleGroup kinds = new ToggleGroup();
        timeSeries.setToggleGroup(kinds);
        latest.setToggleGroup(kinds);
        timeSeries.setSelected(true);
        timeSeries.setId("chart-over-time");
        latest.setId("chart-latest");
        kinds.selectedToggleProperty().addListener((o, old, now) -> {
            if (now == null) {
                kinds.selectToggle(old);
                return;
            }
            viewer.setChart(now == latest ? barChart : timeChart);
            redrawAll();
        });
        pause.setId("chart-pause");
        pause.setTooltip(new Tooltip("Hold the chart still; results keep being collected"));
        pause.selectedProperty().addListener((o, was, paused) -> {
            if (!paused) {
                redrawAll();
            }
        });
        topChoice.getItems().addAll(3, 5, 8, 12, 20);
        topChoice.setValue(8);
        topChoice.setId("chart-top");
        topChoice.setTooltip(new Tooltip("How many keys are drawn, those with the largest totals"));
        topChoice.valueProperty().addListener(o -> redrawAll());
        showOther.setId("chart-show-other");
        // off at first: the sum of every other key dwarfs the keys it complements and flattens their lines
        showOther.setTooltip(new Tooltip("Also draw the sum of the keys not drawn on their own, as 'other'"));
        showOther.selectedProperty().addListener(o -> redrawAll());
        valueChoice.setId("chart-value");
        valueChoice.valueProperty().addListener((o, old, now) -> {
            if (old != null && now != null && !old.equals(now)) {
                // a new measure means new points: start the series from the results still to come
                model.clear();
                redrawAll();
            }
        });
        Button png = new Button("PNG\u2026");
        png.setId("chart-export-png");
        png.setOnAction(e -> export("png", this::png));
        Button svg = new Button("SVG\u2026");
        svg.setId("chart-export-svg");
        svg.setOnAction(e -> export("svg", this::svg));
        Button csv = new Button("CSV\u2026");
        csv.setId("chart-export-csv");
        csv.setOnAction(e -> export("csv", this::csv));
        Button reset = new Button("Reset zoom");
        reset.setOnAction(e -> {
            timeChart.getXYPlot().getDomainAxis().setAutoRange(true);
            timeChart.getXYPlot().getRangeAxis().setAutoRange(true);
        });
        info.setId("chart-info");
        // wraps rather than hiding buttons in an overflow menu when the results area is narrow
        FlowPane bar = new FlowPane(6, 4, new Label("Value"), valueChoice, new Label("Top"), topChoice, showOther,
                timeSeries, latest, pause, reset, png, svg, csv, info);
        bar.getStyleClass().add("chart-toolbar");
        bar.setPadding(new javafx.geometry.Insets(4));
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        setTop(bar);
        setCenter(viewer);
    }

    public void setMessages(Consumer<String> messages) {
        this.messages = messages;
    }

    /** Starts a new run: forgets old results and reads records with this layout. FX thread. */
    public void start(Layout newLayout) {
        layout = newLayout;
        pending.clear();
        model.clear();
        received = 0;
        latency.clear();
        String chosen = valueChoice.getValue();
        valueChoice.getItems().setAll(newLayout.numericFields().keySet());
        valueChoice.setValue(chosen != null && newLayout.numericFields().containsKey(chosen) ? chosen
                : newLayout.numericFields().keySet().stream().findFirst().orElse(null));
        redrawAll();
        refresh.play();
    }

    /**
     * Shows what a chart sink's settings ask for: the latest bars or the series over time, the value
     * drawn and how many series are drawn on their own. The viewer can still change them. FX thread.
     */
    public void preset(boolean latestBars, String value, int topSeries) {
        (latestBars ? latest : timeSeries).setSelected(true);
        if (!topChoice.getItems().contains(topSeries)) {
            topChoice.getItems().add(topSeries);
            topChoice.getItems().sort(Integer::compare);
        }
        topChoice.setValue(topSeries);
        if (valueChoice.getItems().contains(value)) {
            valueChoice.setValue(value);
        }
    }

    /** Called when the run has ended: takes in what is left and stops refreshing. FX thread. */
    public void stop() {
        drain();
        refresh.stop();
    }

    /** A window result from the job's thread; cheap and never blocking. */
    public void offer(List<Object> values) {
        pending.add(new Pending(values, System.nanoTime()));
    }

    private void drain() {
        if (pending.isEmpty()) {
            return;
        }
        Integer valueIndex = layout.numericFields().get(valueChoice.getValue());
        long oldest = Long.MAX_VALUE;
        int taken = 0;
        for (Pending next; (next = pending.poll()) != null; ) {
            oldest = Math.min(oldest, next.arrivedNanos());
            taken++;
            if (valueIndex == null) {
                continue;
            }
            List<Object> values = next.values();
            Object end = values.get(layout.endIndex());
            Object value = values.get(valueIndex);
            if (end instanceof java.time.Instant instant) {
                end = instant.toEpochMilli();
            }
            if (end instanceof Number endMs && value instanceof Number number) {
                model.add(key(values), endMs.longValue(), number.doubleValue());
            }
        }
        received += taken;
        if (!pause.isSelected()) {
            redrawChanged();
        }
        latency.record(System.nanoTime() - oldest, taken);
    }

    private String key(List<Object> values) {
        if (layout.keyIndexes().size() == 1) {
            return String.valueOf(values.get(layout.keyIndexes().get(0)));
        }
        List<String> parts = new ArrayList<>();
        layout.keyIndexes().forEach(i -> parts.add(String.valueOf(values.get(i))));
        return parts.isEmpty() ? "all" : String.join(" / ", parts);
    }

    private void redrawChanged() {
        int top = topChoice.getValue();
        Map<String, NavigableMap<Long, Double>> series = model.series(top, showOther.isSelected());
        if (!List.copyOf(series.keySet()).equals(shownKeys)) {
            redrawAll();
            return;
        }
        Set<Long> ends = model.takeChangedEnds();
        timeChart.setNotify(false);
        try {
            series.forEach((name, points) -> {
                XYSeries xy = timeData.getSeries(name);
                for (Long end : ends) {
                    Double value = points.get(end);
                    if (value != null) {
                        xy.addOrUpdate(end, value);
                    }
                }
            });
        } finally {
            timeChart.setNotify(true);
        }
        redrawBars(top);
        showInfo();
    }

    private void redrawAll() {
        int top = topChoice.getValue() == null ? 8 : topChoice.getValue();
        Map<String, NavigableMap<Long, Double>> series = model.series(top, showOther.isSelected());
        model.takeChangedEnds();
        timeChart.setNotify(false);
        try {
            timeData.removeAllSeries();
            series.forEach((name, points) -> {
                XYSeries xy = new XYSeries(name, true, false);
                xy.setMaximumItemCount(MAX_POINTS);
                points.forEach((end, value) -> xy.add(end, value, false));
                timeData.addSeries(xy);
            });
            timeChart.getXYPlot().getRangeAxis().setLabel(valueChoice.getValue());
        } finally {
            timeChart.setNotify(true);
        }
        shownKeys = List.copyOf(series.keySet());
        redrawBars(top);
        showInfo();
    }

    private void redrawBars(int top) {
        if (!latest.isSelected()) {
            return;
        }
        barChart.setNotify(false);
        try {
            barData.clear();
            model.latestWindow(top, showOther.isSelected())
                    .forEach((name, value) -> barData.addValue(value, valueChoice.getValue(), name));
            barChart.getCategoryPlot().getRangeAxis().setLabel(valueChoice.getValue());
        } finally {
            barChart.setNotify(true);
        }
    }

    private void showInfo() {
        info.setText(received + " results \u00b7 " + model.keyCount() + " keys");
    }

    // ---- export ----

    /** What an export took from the chart on the FX thread, written to its file on another. */
    private interface Export {
        void writeTo(Path file) throws IOException;
    }

    private void export(String extension, Supplier<Export> takeFromChart) {
        Window owner = getScene() == null ? null : getScene().getWindow();
        String name = nodeTitle.replaceAll("[^A-Za-z0-9._-]+", "-") + "." + extension;
        dialogs.chooseSave(owner, Path.of(System.getProperty("user.home")), name).ifPresent(file -> {
            // the chart and its data change on the FX thread only: read them here, encode and write elsewhere
            Export export;
            try {
                export = takeFromChart.get();
            } catch (RuntimeException e) {
                messages.accept("Cannot save " + file + ": " + e.getMessage());
                return;
            }
            EXPORTS.execute(() -> {
                String outcome;
                try {
                    export.writeTo(file);
                    outcome = "Saved " + file;
                } catch (IOException | RuntimeException e) {
                    outcome = "Cannot save " + file + ": " + e.getMessage();
                }
                String message = outcome;
                Platform.runLater(() -> messages.accept(message));
            });
        });
    }

    private Export png() {
        BufferedImage image = currentChart().createBufferedImage(EXPORT_WIDTH, EXPORT_HEIGHT);
        return file -> {
            if (!ImageIO.write(image, "png", file.toFile())) {
                throw new IOException("Expected a PNG writer in this Java runtime but found none");
            }
        };
    }

    private Export svg() {
        String svg = SvgChart.render(currentChart(), EXPORT_WIDTH, EXPORT_HEIGHT);
        return file -> Files.writeString(file, svg, StandardCharsets.UTF_8);
    }

    /** Every collected point, shown or folded: window_end,series,value. */
    private Export csv() {
        List<String> lines = new ArrayList<>();
        lines.add("window_end,series," + valueChoice.getValue());
        model.series(Integer.MAX_VALUE).forEach((name, points) -> points.forEach((end, value) ->
                lines.add(end + "," + csvField(name) + "," + value)));
        return file -> Files.write(file, lines, StandardCharsets.UTF_8);
    }

    private static String csvField(String text) {
        return text.contains(",") || text.contains("\"") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }

    private JFreeChart currentChart() {
        return viewer.getChart();
    }

    // ---- for tests and the benchmark ----

    /** The points the time chart draws now, per series. */
    public Map<String, Map<Long, Double>> drawnSeries() {
        Map<String, Map<Long, Double>> drawn = new LinkedHashMap<>();
        for (int s = 0; s < timeData.getSeriesCount(); s++) {
            XYSeries xy = timeData.getSeries(s);
            Map<Long, Double> points = new HashMap<>();
            for (int i = 0; i < xy.getItemCount(); i++) {
                points.put(xy.getX(i).longValue(), xy.getY(i).doubleValue());
            }
            drawn.put(String.valueOf(xy.getKey()), points);
        }
        return drawn;
    }

    /** What the bar chart of the latest window draws now, per series. */
    public Map<String, Double> drawnBars() {
        Map<String, Double> bars = new LinkedHashMap<>();
        for (int column = 0; column < barData.getColumnCount(); column++) {
            bars.put(String.valueOf(barData.getColumnKey(column)), barData.getValue(0, column).doubleValue());
        }
        return bars;
    }

    public ChartLatency latency() {
        return latency;
    }

    public long received() {
        return received;
    }

    public ToggleButton pauseButton() {
        return pause;
    }

    /** The viewer of the chart shown now (over time or latest window). */
    public ThemedChartViewer viewer() {
        return viewer;
    }
}
