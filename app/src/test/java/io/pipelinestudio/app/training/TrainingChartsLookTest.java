package io.pipelinestudio.app.training;

import static org.assertj.core.api.Assertions.assertThat;

import io.pipelinestudio.app.chart.ChartTheme;
import io.pipelinestudio.app.chart.SeriesPalette;
import io.pipelinestudio.app.chart.ThemedChartViewer;
import io.pipelinestudio.app.support.Fx;
import io.pipelinestudio.app.theme.Theme;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.text.AttributedCharacterIterator;
import java.text.CharacterIterator;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.LogTick;
import org.jfree.chart.axis.Tick;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.RectangleConstraint;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.Size2D;
import org.jfree.data.xy.XYSeries;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The training charts' look in a 1280 × 720 window: the designer's colours in either theme (the log axis
 * too, which is swapped in later), Okabe–Ito series, readable log ticks and titles on one line.
 */
class TrainingChartsLookTest {
    private final FxRobot robot = new FxRobot();
    private TrainingCharts charts;

    @BeforeEach
    void showCharts() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        Fx.run(() -> {
            ChartTheme.use(Theme.LIGHT);
            charts = new TrainingCharts();
            stage.setScene(new Scene((Parent) charts.view(), 1280, 720));
            stage.setX(0);
            stage.setY(0);
            stage.show();
            stage.toFront();
        });
    }

    @AfterEach
    void closeWindow() throws Exception {
        FxToolkit.cleanupStages();
        // the chart theme is the designer's, shared by every window of the process
        Fx.run(() -> ChartTheme.use(Theme.LIGHT));
    }

    @Test
    void logScaleTicksArePlainNumbersOrShortPowersOfTenNeverJavaENotation() {
        // within one decade the log axis ticks at fractional powers of ten, which used to read 6.31E-1
        showLoss(2.0, 0.4);
        robot.clickOn("#training-log-scale");

        List<String> narrow = logTickLabels();

        assertThat(narrow).isNotEmpty().allSatisfy(label -> {
            assertThat(label).doesNotContain("E").doesNotContain("e");
            assertThat(Double.parseDouble(label)).isBetween(0.3, 2.5);
        });

        showLoss(2.0, 3e-6);

        List<String> wide = logTickLabels();

        assertThat(wide).isNotEmpty().noneMatch(label -> label.contains("E"))
                .allSatisfy(label -> assertThat(Double.parseDouble(label)).isBetween(1e-6, 3.0));
    }

    @Test
    void everyTrainingChartTakesTheDarkThemeAndTheLogAxisSwitchedInLaterDoesToo() {
        showLoss(2.0, 0.01);

        Fx.run(() -> ChartTheme.use(Theme.DARK));

        for (String id : List.of("#training-loss-chart", "#training-weights-chart", "#training-fit-chart")) {
            JFreeChart chart = viewer(id).getChart();
            assertThat(Fx.get(chart::getBackgroundPaint)).as(id).isEqualTo(ChartTheme.DARK.background());
            assertThat(Fx.get(() -> chart.getPlot().getBackgroundPaint())).as(id)
                    .isEqualTo(ChartTheme.DARK.background());
        }
        JFreeChart loss = viewer("#training-loss-chart").getChart();
        java.awt.Paint darkTicks = Fx.get(() -> loss.getXYPlot().getRangeAxis().getTickLabelPaint());

        robot.clickOn("#training-log-scale");

        Fx.waitUntil("the log axis", () -> loss.getXYPlot().getRangeAxis() instanceof LogAxis);
        assertThat(Fx.get(() -> loss.getXYPlot().getRangeAxis().getTickLabelPaint())).isEqualTo(darkTicks);
        assertThat(Fx.get(() -> loss.getXYPlot().getRenderer().getItemPaint(0, 0))).isIn(SeriesPalette.OKABE_ITO);
        JFreeChart fit = viewer("#training-fit-chart").getChart();
        assertThat(Fx.get(() -> fit.getXYPlot().getRenderer(1).getItemPaint(0, 0)))
                .as("the fitted line").isEqualTo(ChartTheme.DARK.foreground());

        Fx.run(() -> ChartTheme.use(Theme.LIGHT));

        assertThat(Fx.get(loss::getBackgroundPaint)).isEqualTo(ChartTheme.LIGHT.background());
        assertThat(Fx.get(() -> loss.getXYPlot().getRenderer().getItemPaint(0, 0)))
                .isIn(SeriesPalette.OKABE_ITO).isNotEqualTo(SeriesPalette.YELLOW);
    }

    @Test
    void aLongChartTitleStaysOnOneLineAtTheDefaultWindowSize() {
        ThemedChartViewer weights = viewer("#training-weights-chart");
        JFreeChart chart = weights.getChart();
        Fx.run(() -> chart.setTitle("Weights \u00b7 run 10 \u00b7 Train the house price model on every feature"
                + " \u00b7 \u03b1=0.0001"));

        Size2D size = Fx.get(() -> {
            Graphics2D g2 = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB).createGraphics();
            return chart.getTitle().arrange(g2, RectangleConstraint.NONE.toFixedWidth(weights.getWidth()));
        });

        double line = Fx.get(() -> {
            Graphics2D g2 = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB).createGraphics();
            TextTitle title = chart.getTitle();
            return g2.getFontMetrics(title.getFont()).getHeight() + title.getPadding().getTop()
                    + title.getPadding().getBottom() + title.getMargin().getTop() + title.getMargin().getBottom();
        });
        assertThat(Fx.get(weights::getWidth)).as("the chart's width").isBetween(200.0, 640.0);
        assertThat(size.getHeight()).as("the title's height").isLessThan(1.5 * line);
    }

    /** Replaces the loss curves with one falling from {@code first} to {@code last} over 200 steps. */
    private void showLoss(double first, double last) {
        Fx.run(() -> {
            charts.model().losses().removeAllSeries();
            XYSeries series = new XYSeries("run 1 \u00b7 \u03b1=0.1");
            for (int step = 0; step < 200; step++) {
                series.add(step, first * Math.pow(last / first, step / 199.0));
            }
            charts.model().losses().addSeries(series);
        });
    }

    /** The labels of the log axis's ticks as the loss chart draws them now. */
    private List<String> logTickLabels() {
        ThemedChartViewer viewer = viewer("#training-loss-chart");
        Fx.waitUntil("the log axis drawn", () -> viewer.getChart().getXYPlot().getRangeAxis() instanceof LogAxis
                && viewer.getRenderingInfo() != null
                && viewer.getRenderingInfo().getPlotInfo().getDataArea().getHeight() > 0);
        return Fx.get(() -> {
            ValueAxis axis = viewer.getChart().getXYPlot().getRangeAxis();
            Rectangle2D dataArea = viewer.getRenderingInfo().getPlotInfo().getDataArea();
            Graphics2D g2 = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB).createGraphics();
            List<String> labels = new ArrayList<>();
            for (Object tick : axis.refreshTicks(g2, new AxisState(), dataArea, RectangleEdge.LEFT)) {
                String text = label((Tick) tick);
                if (!text.isEmpty()) {
                    labels.add(text);
                }
            }
            return labels;
        });
    }

    /** A tick's label: a log axis's ticks hold theirs as attributed text (for superscripts), not as text. */
    private static String label(Tick tick) {
        if (tick instanceof LogTick logTick && logTick.getAttributedLabel() != null) {
            StringBuilder text = new StringBuilder();
            AttributedCharacterIterator chars = logTick.getAttributedLabel().getIterator();
            for (char c = chars.first(); c != CharacterIterator.DONE; c = chars.next()) {
                text.append(c);
            }
            return text.toString();
        }
        return tick.getText() == null ? "" : tick.getText();
    }

    private ThemedChartViewer viewer(String id) {
        return robot.lookup(id).queryAs(ThemedChartViewer.class);
    }
}
