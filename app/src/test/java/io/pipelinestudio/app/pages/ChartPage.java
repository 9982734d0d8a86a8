package io.pipelinestudio.app.pages;

import io.pipelinestudio.app.chart.WindowChartView;
import io.pipelinestudio.app.shell.Designer;
import io.pipelinestudio.app.support.Fx;
import java.util.Map;
import org.testfx.api.FxRobot;

/** The live chart of a window node in the results area. */
public final class ChartPage {
    private final FxRobot robot;
    private final Designer designer;
    private final String nodeId;

    public ChartPage(FxRobot robot, Designer designer, String nodeId) {
        this.robot = robot;
        this.designer = designer;
        this.nodeId = nodeId;
    }

    private WindowChartView view() {
        return Fx.get(() -> designer.windowCharts().view(nodeId)
                .orElseThrow(() -> new AssertionError("Expected a chart for '" + nodeId + "' but there is none")));
    }

    public boolean shown() {
        return Fx.get(() -> designer.windowCharts().view(nodeId).map(v -> v.getScene() != null && v.isVisible())
                .orElse(false));
    }

    /** Per series (key or "other"), the value drawn at each window end. */
    public Map<String, Map<Long, Double>> series() {
        WindowChartView view = view();
        return Fx.get(view::drawnSeries);
    }

    public Map<String, Double> bars() {
        WindowChartView view = view();
        return Fx.get(view::drawnBars);
    }

    public long received() {
        WindowChartView view = view();
        return Fx.get(view::received);
    }

    public ChartPage showLatestWindow() {
        robot.clickOn("#chart-latest");
        return this;
    }

    public ChartPage showOverTime() {
        robot.clickOn("#chart-over-time");
        return this;
    }

    public ChartPage togglePause() {
        robot.clickOn("#chart-pause");
        return this;
    }

    public ChartPage exportPng() {
        robot.clickOn("#chart-export-png");
        return this;
    }

    public ChartPage exportSvg() {
        robot.clickOn("#chart-export-svg");
        return this;
    }

    public ChartPage exportCsv() {
        robot.clickOn("#chart-export-csv");
        return this;
    }
}
