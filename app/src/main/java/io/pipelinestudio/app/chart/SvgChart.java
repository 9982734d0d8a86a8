package io.pipelinestudio.app.chart;

import java.awt.Dimension;
import java.awt.Rectangle;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.batik.svggen.SVGGraphics2D;
import org.jfree.chart.JFreeChart;
import org.w3c.dom.Document;

/**
 * A chart as an SVG document: JFreeChart draws it onto Apache Batik's SVG {@code Graphics2D}, so the file
 * shows what the screen shows (series, axes and their ticks, legend, colours) as vector shapes and text.
 * Batik rather than JFreeSVG: JFreeSVG is GPL-licensed, and the product ships what it draws with.
 */
final class SvgChart {
    private SvgChart() {}

    /** The SVG document of {@code chart} drawn at {@code width} × {@code height}. FX thread. */
    static String render(JFreeChart chart, int width, int height) {
        Document document;
        try {
            document = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML documents are not available: " + e.getMessage(), e);
        }
        SVGGraphics2D g2 = new SVGGraphics2D(document);
        g2.setSVGCanvasSize(new Dimension(width, height));
        chart.draw(g2, new Rectangle(width, height));
        StringWriter out = new StringWriter();
        try {
            // attributes rather than CSS style strings: the file reads the same in every SVG viewer
            g2.stream(out, false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            g2.dispose();
        }
        return out.toString();
    }
}
