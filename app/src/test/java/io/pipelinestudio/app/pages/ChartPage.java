package io.pipelinestudio.app.pages;

import io.pipelinestudio.app.chart.ThemedChartViewer;
import io.pipelinestudio.app.chart.WindowChartView;
import io.pipelinestudio.app.shell.Designer;
import io.pipelinestudio.app.support.Fx;
import java.awt.Paint;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.entity.LegendItemEntity;
import org.jfree.chart.plot.XYPlot;
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

    /** Chooses how many keys are drawn on their own. */
    public ChartPage showTop(int keys) {
        robot.clickOn("#chart-top");
        robot.clickOn(String.valueOf(keys));
        return this;
    }

    /** Ticks or clears "Show other", the sum of the keys not drawn on their own. */
    public ChartPage toggleOther() {
        robot.clickOn("#chart-show-other");
        return this;
    }

    /** The chart as drawn now, with the viewer around it. */
    public ThemedChartViewer viewer() {
        WindowChartView view = view();
        return Fx.get(view::viewer);
    }

    /** The chart's and its plot's backgrounds, as drawn. */
    public List<Paint> backgrounds() {
        ThemedChartViewer viewer = viewer();
        return Fx.get(() -> List.of(viewer.getChart().getBackgroundPaint(),
                viewer.getChart().getPlot().getBackgroundPaint()));
    }

    /** The colour each drawn series' line has, in legend order. */
    public List<Paint> seriesPaints() {
        ThemedChartViewer viewer = viewer();
        return Fx.get(() -> {
            XYPlot plot = viewer.getChart().getXYPlot();
            List<Paint> paints = new ArrayList<>();
            for (int s = 0; s < plot.getDataset().getSeriesCount(); s++) {
                paints.add(plot.getRenderer().getItemPaint(s, 0));
            }
            return paints;
        });
    }

    /** Where the last drawing of the chart put each legend item, in the viewer's coordinates. */
    public List<Rectangle2D> legendItemBounds() {
        ThemedChartViewer viewer = viewer();
        return Fx.get(() -> {
            List<Rectangle2D> bounds = new ArrayList<>();
            ChartRenderingInfo info = viewer.getRenderingInfo();
            if (info != null && info.getEntityCollection() != null) {
                for (Object entity : info.getEntityCollection().getEntities()) {
                    if (entity instanceof LegendItemEntity legendItem) {
                        bounds.add(legendItem.getArea().getBounds2D());
                    }
                }
            }
            return bounds;
        });
    }

    /** The viewer's own area: where the chart may draw. */
    public Rectangle2D viewerArea() {
        ThemedChartViewer viewer = viewer();
        return Fx.get(() -> new Rectangle2D.Double(0, 0, viewer.getWidth(), viewer.getHeight()));
    }

    /** Whether the whole chart is on screen: inside the window, none of it hidden below its edge. */
    public boolean insideWindow() {
        ThemedChartViewer viewer = viewer();
        return Fx.get(() -> {
            javafx.geometry.Bounds bounds = viewer.localToScene(viewer.getLayoutBounds());
            return bounds.getMinX() >= 0 && bounds.getMinY() >= 0 && bounds.getMaxX() <= viewer.getScene().getWidth()
                    && bounds.getMaxY() <= viewer.getScene().getHeight();
        });
    }

    /** The colours of the viewer's pixels on screen, as ARGB. */
    public int[] pixels() {
        ThemedChartViewer viewer = viewer();
        return Fx.get(() -> {
            WritableImage image = viewer.snapshot(null, null);
            int width = (int) image.getWidth();
            int height = (int) image.getHeight();
            int[] argb = new int[width * height];
            image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
            return argb;
        });
    }
}
