package io.pipelinestudio.app.chart;

import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.xy.XYDataset;

/**
 * A plain SVG drawing of a chart's data (lines per series, or bars), with its title, axis ranges and
 * legend. JFreeChart 1.5 has no SVG output of its own (that is the separate JFreeSVG library, which this
 * build does not ship), so the chart is redrawn here from its dataset.
 */
final class SvgChart {
    private static final String[] COLORS = {"#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948",
        "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac"};
    private static final int LEFT = 70;
    private static final int RIGHT = 160;
    private static final int TOP = 40;
    private static final int BOTTOM = 40;

    private SvgChart() {}

    static String render(JFreeChart chart, int width, int height) {
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\""
                        + " font-size=\"12\">\n<rect width=\"100%%\" height=\"100%%\" fill=\"white\"/>\n", width, height));
        String title = chart.getTitle() == null ? "" : chart.getTitle().getText();
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"24\" font-size=\"16\">%s</text>\n", LEFT,
                escape(title)));
        double plotWidth = width - LEFT - RIGHT;
        double plotHeight = height - TOP - BOTTOM;
        svg.append(String.format(Locale.ROOT,
                "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%.1f\" fill=\"none\" stroke=\"#888\"/>\n",
                LEFT, TOP, plotWidth, plotHeight));
        if (chart.getPlot() instanceof XYPlot plot) {
            lines(svg, plot.getDataset(), plotWidth, plotHeight);
        } else if (chart.getPlot() instanceof CategoryPlot plot) {
            bars(svg, plot.getDataset(), plotWidth, plotHeight);
        }
        return svg.append("</svg>\n").toString();
    }

    private static void lines(StringBuilder svg, XYDataset data, double plotWidth, double plotHeight) {
        double minX = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = 0;
        double minY = 0;
        for (int s = 0; s < data.getSeriesCount(); s++) {
            for (int i = 0; i < data.getItemCount(s); i++) {
                minX = Math.min(minX, data.getXValue(s, i));
                maxX = Math.max(maxX, data.getXValue(s, i));
                maxY = Math.max(maxY, data.getYValue(s, i));
                minY = Math.min(minY, data.getYValue(s, i));
            }
        }
        if (minX > maxX) {
            return;
        }
        double spanX = Math.max(1, maxX - minX);
        double spanY = maxY - minY == 0 ? 1 : maxY - minY;
        axisLabels(svg, String.valueOf((long) minX), String.valueOf((long) maxX), minY, maxY, plotWidth, plotHeight);
        for (int s = 0; s < data.getSeriesCount(); s++) {
            StringBuilder points = new StringBuilder();
            for (int i = 0; i < data.getItemCount(s); i++) {
                double x = LEFT + (data.getXValue(s, i) - minX) / spanX * plotWidth;
                double y = TOP + plotHeight - (data.getYValue(s, i) - minY) / spanY * plotHeight;
                points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
            }
            String color = COLORS[s % COLORS.length];
            svg.append(String.format(Locale.ROOT,
                    "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"1.5\" points=\"%s\"/>\n", color,
                    points.toString().trim()));
            legend(svg, s, String.valueOf(data.getSeriesKey(s)), plotWidth);
        }
    }

    private static void bars(StringBuilder svg, CategoryDataset data, double plotWidth, double plotHeight) {
        int columns = data.getColumnCount();
        if (columns == 0 || data.getRowCount() == 0) {
            return;
        }
        double maxY = 0;
        for (int c = 0; c < columns; c++) {
            Number value = data.getValue(0, c);
            maxY = Math.max(maxY, value == null ? 0 : value.doubleValue());
        }
        double spanY = maxY == 0 ? 1 : maxY;
        axisLabels(svg, "", "", 0, maxY, plotWidth, plotHeight);
        double slot = plotWidth / columns;
        for (int c = 0; c < columns; c++) {
            Number value = data.getValue(0, c);
            double h = (value == null ? 0 : value.doubleValue()) / spanY * plotHeight;
            double x = LEFT + c * slot + slot * 0.15;
            svg.append(String.format(Locale.ROOT,
                    "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>\n", x,
                    TOP + plotHeight - h, slot * 0.7, h, COLORS[c % COLORS.length]));
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%s</text>\n",
                    x + slot * 0.35, TOP + plotHeight + 16, escape(String.valueOf(data.getColumnKey(c)))));
        }
    }

    private static void axisLabels(StringBuilder svg, String minX, String maxX, double minY, double maxY,
            double plotWidth, double plotHeight) {
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>\n", LEFT - 6,
                TOP + plotHeight, number(minY)));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>\n", LEFT - 6,
                TOP + 10, number(maxY)));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\">%s</text>\n", LEFT, TOP + plotHeight + 30,
                escape(minX)));
        svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"end\">%s</text>\n",
                LEFT + plotWidth, TOP + plotHeight + 30, escape(maxX)));
    }

    private static void legend(StringBuilder svg, int index, String name, double plotWidth) {
        double x = LEFT + plotWidth + 14;
        double y = TOP + 14 + index * 18;
        svg.append(String.format(Locale.ROOT,
                "<rect x=\"%.1f\" y=\"%.1f\" width=\"12\" height=\"12\" fill=\"%s\"/><text x=\"%.1f\" y=\"%.1f\">%s</text>\n",
                x, y - 10, COLORS[index % COLORS.length], x + 18, y, escape(name)));
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.2f", value);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
