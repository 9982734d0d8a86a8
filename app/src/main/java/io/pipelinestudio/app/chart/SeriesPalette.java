package io.pipelinestudio.app.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Stroke;
import java.util.List;

/**
 * The colours of chart series: the Okabe–Ito palette, which people with any common colour-vision
 * deficiency can tell apart, in an order that keeps neighbouring series far apart in hue.
 */
public final class SeriesPalette {
    public static final Color ORANGE = new Color(0xE69F00);
    public static final Color SKY_BLUE = new Color(0x56B4E9);
    public static final Color BLUISH_GREEN = new Color(0x009E73);
    public static final Color YELLOW = new Color(0xF0E442);
    public static final Color BLUE = new Color(0x0072B2);
    public static final Color VERMILLION = new Color(0xD55E00);
    public static final Color REDDISH_PURPLE = new Color(0xCC79A7);
    public static final Color BLACK = new Color(0x000000);

    /** All eight colours of the palette, as published. */
    public static final List<Color> OKABE_ITO =
            List.of(ORANGE, SKY_BLUE, BLUISH_GREEN, YELLOW, BLUE, VERMILLION, REDDISH_PURPLE, BLACK);

    // yellow all but vanishes on white and black on a dark panel: each background leaves out the one it hides
    static final SeriesPalette LIGHT =
            new SeriesPalette(List.of(BLUE, ORANGE, BLUISH_GREEN, VERMILLION, REDDISH_PURPLE, SKY_BLUE, BLACK));
    static final SeriesPalette DARK =
            new SeriesPalette(List.of(SKY_BLUE, ORANGE, BLUISH_GREEN, YELLOW, VERMILLION, REDDISH_PURPLE, BLUE));

    /** Dash patterns for the series beyond the colours: the eighth series is dashed rather than a repeat. */
    private static final float[][] DASHES = {null, {6f, 4f}, {2f, 3f}};
    private static final float WIDTH = 1.6f;

    private final List<Color> colors;

    private SeriesPalette(List<Color> colors) {
        this.colors = colors;
    }

    public List<Color> colors() {
        return colors;
    }

    public Color color(int series) {
        return colors.get(series % colors.size());
    }

    public Stroke stroke(int series) {
        float[] dash = DASHES[(series / colors.size()) % DASHES.length];
        return dash == null ? new BasicStroke(WIDTH, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND)
                : new BasicStroke(WIDTH, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dash, 0f);
    }
}
