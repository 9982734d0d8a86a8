package io.pipelinestudio.app.chart;

import java.awt.Rectangle;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

/**
 * A chart as an SVG document: JFreeChart draws it onto JFreeSVG's {@code Graphics2D}, so the file shows
 * what the screen shows (series, axes and their ticks, legend, colours) as vector shapes and text.
 */
final class SvgChart {
    private SvgChart() {}

    /** The {@code <svg>} element of {@code chart} drawn at {@code width} × {@code height}. FX thread. */
    static String render(JFreeChart chart, int width, int height) {
        SVGGraphics2D g2 = new SVGGraphics2D(width, height);
        chart.draw(g2, new Rectangle(width, height));
        return g2.getSVGElement();
    }
}
