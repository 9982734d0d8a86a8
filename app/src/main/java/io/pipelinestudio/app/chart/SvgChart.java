package io.pipelinestudio.app.chart;

import java.awt.Dimension;
import java.awt.Rectangle;
import java.io.StringWriter;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.apache.batik.svggen.SVGGraphics2D;
import org.jfree.chart.JFreeChart;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * A chart as an SVG document: JFreeChart draws it onto Apache Batik's SVG {@code Graphics2D}, so the file
 * shows what the screen shows (series, axes and their ticks, legend, colours) as vector shapes and text.
 * Batik rather than JFreeSVG: JFreeSVG is GPL-licensed, and the product ships what it draws with.
 */
final class SvgChart {
    private SvgChart() {}

    /** The {@code <svg>} element of {@code chart} drawn at {@code width} × {@code height}. FX thread. */
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
            Element root = g2.getRoot();
            // the root element alone: Batik's own stream adds a DOCTYPE that makes readers fetch a DTD from the web
            root.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns", "http://www.w3.org/2000/svg");
            Transformer transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            transformer.transform(new DOMSource(root), new StreamResult(out));
        } catch (TransformerException e) {
            throw new IllegalStateException("cannot write the chart as SVG: " + e.getMessage(), e);
        } finally {
            g2.dispose();
        }
        return out.toString();
    }
}
