package io.pipelinestudio.app.training;

import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYDataset;

/** Builds the training charts with one look: thin lines, small dots, a compact title and legend. */
final class TrainingChartFactory {
    private static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 13);

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
        // plain values such as 0.05 read better than powers of ten with fractional exponents
        axis.setNumberFormatOverride(new DecimalFormat("0.##E0", DecimalFormatSymbols.getInstance(Locale.ROOT)));
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
        dots.setSeriesPaint(0, new Color(0x3b82f6));
        dots.setSeriesPaint(1, new Color(0xf97316));
        XYPlot plot = new XYPlot(points, valueAxis("x"), valueAxis("y"), dots);
        XYLineAndShapeRenderer line = new XYLineAndShapeRenderer(true, false);
        line.setSeriesPaint(0, new Color(0x111827));
        line.setSeriesStroke(0, new java.awt.BasicStroke(2f));
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
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xe5e7eb));
        plot.setRangeGridlinePaint(new Color(0xe5e7eb));
        JFreeChart chart = new JFreeChart(title, TITLE_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        ((TextTitle) chart.getTitle()).setFont(TITLE_FONT);
        return chart;
    }
}
