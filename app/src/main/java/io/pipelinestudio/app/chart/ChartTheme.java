package io.pipelinestudio.app.chart;

import io.pipelinestudio.app.theme.Theme;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Stroke;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DefaultDrawingSupplier;
import org.jfree.chart.plot.DrawingSupplier;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.AbstractRenderer;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

/**
 * The look of every chart, taken from the designer's light or dark palette: backgrounds, gridlines, axis
 * and legend text, and the colour-blind-safe series colours. The designer sets the current one with its
 * theme ({@link #use(Theme)}); charts on screen follow it through {@link ThemedChartViewer}.
 */
public final class ChartTheme {
    // before LIGHT and DARK, which derive their fonts from these
    private static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 12);
    private static final Font LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    private static final Font TICK_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    // the -ps-* colours of assets/css/theme-light.css and theme-dark.css (ChartThemeTest keeps them equal)
    public static final ChartTheme LIGHT = new ChartTheme(Theme.LIGHT, new Color(0xffffff), new Color(0xe3e6ee),
            new Color(0xcfd4df), new Color(0x1c2130), new Color(0x687086), SeriesPalette.LIGHT);
    public static final ChartTheme DARK = new ChartTheme(Theme.DARK, new Color(0x1c1f26), new Color(0x2c313b),
            new Color(0x3a404c), new Color(0xe6e8ee), new Color(0x9aa1b1), SeriesPalette.DARK);

    private static final ReadOnlyObjectWrapper<ChartTheme> CURRENT = new ReadOnlyObjectWrapper<>(LIGHT);
    private static double currentTextScale = 1;

    private final Theme theme;
    private final Color background;
    private final Color gridline;
    private final Color axisLine;
    private final Color text;
    private final Color mutedText;
    private final SeriesPalette series;
    private final double textScale;
    private final Font titleFont;
    private final Font labelFont;
    private final Font tickFont;

    private ChartTheme(Theme theme, Color background, Color gridline, Color axisLine, Color text, Color mutedText,
            SeriesPalette series) {
        this(theme, background, gridline, axisLine, text, mutedText, series, 1);
    }

    private ChartTheme(Theme theme, Color background, Color gridline, Color axisLine, Color text, Color mutedText,
            SeriesPalette series, double textScale) {
        this.textScale = textScale;
        this.titleFont = scaled(TITLE_FONT, textScale);
        this.labelFont = scaled(LABEL_FONT, textScale);
        this.tickFont = scaled(TICK_FONT, textScale);
        this.theme = theme;
        this.background = background;
        this.gridline = gridline;
        this.axisLine = axisLine;
        this.text = text;
        this.mutedText = mutedText;
        this.series = series;
    }

    public static ChartTheme of(Theme theme) {
        return theme == Theme.DARK ? DARK : LIGHT;
    }

    /** Makes the charts follow the designer's theme, keeping their text size. FX thread. */
    public static void use(Theme theme) {
        CURRENT.set(of(theme).withTextScale(currentTextScale));
    }

    /** Makes the charts' text {@code scale} times its normal size, as presentation mode does. FX thread. */
    public static void scaleText(double scale) {
        currentTextScale = scale;
        CURRENT.set(of(CURRENT.get().theme).withTextScale(scale));
    }

    /** This look with text {@code scale} times the normal size; at 1 the plain {@link #LIGHT} or {@link #DARK}. */
    public ChartTheme withTextScale(double scale) {
        if (scale == textScale) {
            return this;
        }
        return scale == 1 ? of(theme)
                : new ChartTheme(theme, background, gridline, axisLine, text, mutedText, series, scale);
    }

    /** How many times the normal size the charts' text is. */
    public double textScale() {
        return textScale;
    }

    private static Font scaled(Font font, double scale) {
        return scale == 1 ? font : font.deriveFont((float) (font.getSize2D() * scale));
    }

    /** The look of charts now; FX thread. */
    public static ChartTheme current() {
        return CURRENT.get();
    }

    public static ReadOnlyObjectProperty<ChartTheme> currentProperty() {
        return CURRENT.getReadOnlyProperty();
    }

    public Theme theme() {
        return theme;
    }

    /** The chart's, the plot's and the legend's background: the designer's panel colour. */
    public Color background() {
        return background;
    }

    /** Lines and text drawn over the data that are not a series, such as a model's fitted line. */
    public Color foreground() {
        return text;
    }

    public Color gridline() {
        return gridline;
    }

    Color axisLine() {
        return axisLine;
    }

    Color mutedText() {
        return mutedText;
    }

    public SeriesPalette series() {
        return series;
    }

    /** The background as a JavaFX colour, for the viewer around the chart. */
    public javafx.scene.paint.Color viewerBackground() {
        return javafx.scene.paint.Color.rgb(background.getRed(), background.getGreen(), background.getBlue());
    }

    /** Styles {@code chart}: its backgrounds, titles, legend, plot, axes and series colours. */
    public void apply(JFreeChart chart) {
        boolean notifying = chart.isNotify();
        chart.setNotify(false);
        try {
            chart.setBackgroundPaint(background);
            chart.setBorderVisible(false);
            chart.setAntiAlias(true);
            chart.setTextAntiAlias(true);
            styleTitle(chart.getTitle());
            for (int i = 0; i < chart.getSubtitleCount(); i++) {
                styleTitle(chart.getSubtitle(i));
            }
            stylePlot(chart.getPlot());
        } finally {
            chart.setNotify(notifying);
        }
    }

    /** The plot and the axes {@code chart} shows now: what {@link #apply} styled, to notice a swapped axis. */
    static List<Object> styledParts(JFreeChart chart) {
        List<Object> parts = new ArrayList<>();
        Plot plot = chart.getPlot();
        parts.add(plot);
        if (plot instanceof XYPlot xy) {
            for (int i = 0; i < xy.getDomainAxisCount(); i++) {
                parts.add(xy.getDomainAxis(i));
            }
            for (int i = 0; i < xy.getRangeAxisCount(); i++) {
                parts.add(xy.getRangeAxis(i));
            }
            for (int i = 0; i < xy.getRendererCount(); i++) {
                parts.add(xy.getRenderer(i));
            }
        } else if (plot instanceof CategoryPlot category) {
            parts.add(category.getDomainAxis());
            parts.add(category.getRangeAxis());
            parts.add(category.getRenderer());
        }
        return parts;
    }

    private void styleTitle(Title title) {
        if (title instanceof TextTitle textTitle) {
            textTitle.setFont(titleFont);
            textTitle.setPaint(text);
            textTitle.setBackgroundPaint(null);
            // a long title is cut short with an ellipsis rather than pushing the plot down by a second line
            textTitle.setMaximumLinesToDisplay(1);
        } else if (title instanceof LegendTitle legend) {
            legend.setBackgroundPaint(background);
            legend.setItemPaint(text);
            legend.setItemFont(labelFont);
            legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
            // at the right the legend grows into further columns when the keys outnumber the height, where at
            // the bottom of a short chart its last row was cut off
            legend.setPosition(RectangleEdge.RIGHT);
            legend.setItemLabelPadding(new RectangleInsets(2, 4, 2, 2));
        }
    }

    private void stylePlot(Plot plot) {
        plot.setDrawingSupplier(drawingSupplier(), false);
        plot.setBackgroundPaint(background);
        plot.setOutlinePaint(axisLine);
        plot.setNoDataMessagePaint(mutedText);
        plot.setNoDataMessageFont(labelFont);
        if (plot instanceof XYPlot xy) {
            xy.setDomainGridlinePaint(gridline);
            xy.setRangeGridlinePaint(gridline);
            xy.setDomainZeroBaselinePaint(axisLine);
            xy.setRangeZeroBaselinePaint(axisLine);
            for (int i = 0; i < xy.getDomainAxisCount(); i++) {
                styleAxis(xy.getDomainAxis(i));
            }
            for (int i = 0; i < xy.getRangeAxisCount(); i++) {
                styleAxis(xy.getRangeAxis(i));
            }
            for (int i = 0; i < xy.getRendererCount(); i++) {
                styleRenderer(xy.getRenderer(i));
            }
        } else if (plot instanceof CategoryPlot category) {
            category.setDomainGridlinePaint(gridline);
            category.setRangeGridlinePaint(gridline);
            styleAxis(category.getDomainAxis());
            styleAxis(category.getRangeAxis());
            styleRenderer(category.getRenderer());
        }
    }

    private DrawingSupplier drawingSupplier() {
        Paint[] paints = series.colors().toArray(new Paint[0]);
        return new DefaultDrawingSupplier(paints, DefaultDrawingSupplier.DEFAULT_FILL_PAINT_SEQUENCE,
                DefaultDrawingSupplier.DEFAULT_OUTLINE_PAINT_SEQUENCE, new Stroke[] {series.stroke(0)},
                DefaultDrawingSupplier.DEFAULT_OUTLINE_STROKE_SEQUENCE, DefaultDrawingSupplier.DEFAULT_SHAPE_SEQUENCE);
    }

    private void styleAxis(Axis axis) {
        if (axis == null) {
            return;
        }
        axis.setLabelFont(labelFont);
        axis.setLabelPaint(text);
        axis.setTickLabelFont(tickFont);
        axis.setTickLabelPaint(mutedText);
        axis.setAxisLinePaint(axisLine);
        axis.setTickMarkPaint(axisLine);
    }

    /** The renderer's legend font wins over the legend's own, and ChartFactory gave it JFreeChart's theme's. */
    private void legendFont(Object renderer) {
        if (renderer instanceof AbstractRenderer abstractRenderer) {
            abstractRenderer.setDefaultLegendTextFont(labelFont);
        }
    }

    private void styleRenderer(XYItemRenderer renderer) {
        if (renderer == null) {
            return;
        }
        legendFont(renderer);
        // more series than anyone keeps apart by colour alone: later ones repeat a colour with a dash
        for (int s = 0; s < MAX_STYLED_SERIES; s++) {
            renderer.setSeriesPaint(s, series.color(s), false);
            renderer.setSeriesStroke(s, series.stroke(s), false);
        }
    }

    private void styleRenderer(CategoryItemRenderer renderer) {
        if (renderer == null) {
            return;
        }
        legendFont(renderer);
        for (int s = 0; s < MAX_STYLED_SERIES; s++) {
            renderer.setSeriesPaint(s, series.color(s), false);
        }
        if (renderer instanceof BarRenderer bars) {
            // flat bars: the default gradient and shadow read as a light source from another era
            bars.setBarPainter(new StandardBarPainter());
            bars.setShadowVisible(false);
        }
    }

    /**
     * Series styled by index, so that a key keeps its colour while others come and go; beyond these the
     * plot's drawing supplier hands out the same palette in turn.
     */
    private static final int MAX_STYLED_SERIES = 64;

    @Override
    public String toString() {
        return "chart theme " + theme.name().toLowerCase(java.util.Locale.ROOT)
                + (textScale == 1 ? "" : " x" + textScale);
    }
}
