package io.pipelinestudio.app.chart;

import java.util.List;
import java.util.function.BiConsumer;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.scene.layout.Background;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.event.ChartChangeListener;
import org.jfree.chart.fx.ChartViewer;

/**
 * A chart viewer that keeps its chart, and the area around it, in the current {@link ChartTheme}: when the
 * chart is shown, when the designer's theme changes, and when the chart is given a new axis.
 */
public final class ThemedChartViewer extends ChartViewer {
    private final BiConsumer<JFreeChart, ChartTheme> style;
    private List<Object> styledParts = List.of();
    private ChartTheme styledWith;
    private final ChangeListener<ChartTheme> themeListener = (o, old, now) -> restyle();
    // a swapped axis (the loss chart's log scale) arrives unstyled; data changes leave the parts as they were
    private final ChartChangeListener partsListener = event -> {
        if (!ChartTheme.styledParts(getChart()).equals(styledParts)) {
            restyle();
        }
    };

    /** A viewer of {@code chart} styled by the theme alone. */
    public ThemedChartViewer(JFreeChart chart) {
        this(chart, (shown, theme) -> theme.apply(shown));
    }

    /**
     * A viewer of {@code chart} styled by {@code style}, for charts with parts the theme does not know
     * about, like a fitted line drawn over the data; {@code style} applies the theme itself.
     */
    public ThemedChartViewer(JFreeChart chart, BiConsumer<JFreeChart, ChartTheme> style) {
        super(chart);
        this.style = style;
        // weak: the theme outlives every chart, and a closed chart must not be kept for it
        ChartTheme.currentProperty().addListener(new WeakChangeListener<>(themeListener));
        chart.addChangeListener(partsListener);
        restyle();
    }

    @Override
    public void setChart(JFreeChart chart) {
        JFreeChart old = getChart();
        if (old != null) {
            old.removeChangeListener(partsListener);
        }
        super.setChart(chart);
        chart.addChangeListener(partsListener);
        restyle();
    }

    /** The theme the chart was last styled with. */
    public ChartTheme styledWith() {
        return styledWith;
    }

    private void restyle() {
        ChartTheme theme = ChartTheme.current();
        JFreeChart chart = getChart();
        styledWith = theme;
        // before styling, so that the change event the styling fires finds nothing new
        styledParts = ChartTheme.styledParts(chart);
        style.accept(chart, theme);
        styledParts = ChartTheme.styledParts(chart);
        // the canvas is cleared to transparent before each drawing: this shows through while it resizes
        setBackground(Background.fill(theme.viewerBackground()));
    }
}
