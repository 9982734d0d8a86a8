package io.pipelinestudio.app.training;

import io.pipelinestudio.app.chart.ChartTheme;
import io.pipelinestudio.app.chart.TickFormat;
import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYDataset;

/**
 * Builds the training charts with one look: thin lines, small dots, a compact title and legend, coloured
 * by the {@link ChartTheme} (see {@link #applyTheme}).
 */
final class TrainingChartFactory {
    private static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 12);
    private static final BasicStroke FIT_STROKE = new BasicStroke(2f);

    private TrainingChartFactory() {}

    static NumberAxis valueAxis(String label) {
        NumberAxis axis = new NumberAxis(label);
        axis.setAutoRangeIncludesZero(false);
        return axis;
    }

    static LogAxis logAxis(String label) {
        LogAxis axis = new LogAxis(label);
        // a loss can reach exactly 0 on perfect data; the log axis skips what it cannot show
        axis.setSmallestValue(1e-12);
        // plain values such as 0.631 read better than powers of ten with fractional exponents or 6.31E-1
        axis.setNumberFormatOverride(new TickFormat());
        return axis;
    }

    static JFreeChart lines(String title, String xLabel, ValueAxis yAxis, XYDataset dataset) {
        NumberAxis xAxis = new NumberAxis(xLabel);
        xAxis.setAutoRangeIncludesZero(false);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        // one path per series instead of a stroke per segment: thousands of steps draw several times faster
        renderer.setDrawSeriesLineAsPath(true);
        return chart(title, new XYPlot(dataset, xAxis, yAxis, renderer));
    }

    /** The data as dots (dataset 0) under the model's line or curve (dataset 1). */
    static JFreeChart scatterWithCurve(String title, XYDataset points, XYDataset curve) {
        XYLineAndShapeRenderer dots = new XYLineAndShapeRenderer(false, true);
        dots.setDefaultShape(new Ellipse2D.Double(-2.5, -2.5, 5, 5));
        dots.setAutoPopulateSeriesShape(false);
        XYPlot plot = new XYPlot(points, valueAxis("x"), valueAxis("y"), dots);
        XYLineAndShapeRenderer line = new XYLineAndShapeRenderer(true, false);
        plot.setDataset(1, curve);
        plot.setRenderer(1, line);
        // the model's line over the dots, not hidden under them
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        return chart(title, plot);
    }

    private static JFreeChart chart(String title, XYPlot plot) {
        for (int i = 0; i < plot.getRendererCount(); i++) {
            // no per-point hit areas: nothing uses them, and for thousands of points they cost more than the drawing
            ((XYLineAndShapeRenderer) plot.getRenderer(i)).setDefaultCreateEntities(false);
        }
        JFreeChart chart = new JFreeChart(title, TITLE_FONT, plot, true);
        applyTheme(chart, ChartTheme.current());
        return chart;
    }

    /**
     * Styles a training chart with {@code theme}; the model's line or curve over the data (the second
     * renderer of the fit chart) is drawn in the text colour, apart from the data's colours.
     */
    static void applyTheme(JFreeChart chart, ChartTheme theme) {
        theme.apply(chart);
        XYPlot plot = chart.getXYPlot();
        if (plot.getRendererCount() > 1) {
            XYItemRenderer curve = plot.getRenderer(1);
            curve.setSeriesPaint(0, theme.foreground());
            curve.setSeriesStroke(0, FIT_STROKE);
        }
    }
}
