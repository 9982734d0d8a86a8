package io.pipelinestudio.app.chart;

import static org.assertj.core.api.Assertions.assertThat;

import io.pipelinestudio.app.pages.ChartPage;
import io.pipelinestudio.app.pages.RunPage;
import io.pipelinestudio.app.support.DesignerTest;
import io.pipelinestudio.app.support.Fx;
import io.pipelinestudio.model.validate.ExecutionMode;
import io.pipelinestudio.runtime.run.RunState;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * The window chart's look in the designer at 1280 × 720: the designer's colours in either theme, followed
 * when the theme changes, colour-blind-safe series, a whole legend, "other" only on request, and an SVG
 * export that is a real SVG document.
 */
class WindowChartLookTest extends DesignerTest {
    private static final long START = 1_700_000_000_000L;
    /** More keys than the chart draws on its own (8), so that some are left for "other". */
    private static final int KEYS = 12;
    @TempDir
    Path dir;

    @BeforeEach
    void smallWindow() {
        Fx.run(() -> {
            designer.stage().setWidth(1280);
            designer.stage().setHeight(720);
        });
    }

    @Test
    void inTheDarkThemeTheChartIsDarkEdgeToEdgeAndTurnsLightWithTheTheme() throws Exception {
        robot.clickOn("View");
        robot.clickOn("Dark Theme");

        ChartPage chart = runWindowCount();

        assertThat(chart.backgrounds()).containsOnly(ChartTheme.DARK.background());
        Fx.waitUntil("the chart drawn dark", () -> whitePixels(chart) == 0);
        assertThat(chart.viewer().styledWith()).isEqualTo(ChartTheme.DARK);
        chart.showLatestWindow();
        assertThat(chart.backgrounds()).as("the latest window's bars").containsOnly(ChartTheme.DARK.background());
        chart.showOverTime();

        robot.clickOn("View");
        robot.clickOn("Dark Theme");

        Fx.waitUntil("the chart to follow the light theme",
                () -> chart.viewer().styledWith() == ChartTheme.LIGHT);
        assertThat(chart.backgrounds()).containsOnly(ChartTheme.LIGHT.background());
        assertThat(chart.seriesPaints()).doesNotContain(SeriesPalette.YELLOW);
    }

    @Test
    void theLegendHoldsEveryDrawnSeriesInsideTheChartAndOtherIsDrawnOnlyWhenAsked() throws Exception {
        ChartPage chart = runWindowCount();

        assertThat(chart.series()).hasSize(8).doesNotContainKey(WindowSeries.OTHER);
        assertLegendWhole(chart, 8);
        assertThat(chart.seriesPaints()).hasSize(8).allMatch(SeriesPalette.OKABE_ITO::contains)
                .doesNotContain(SeriesPalette.YELLOW);
        // the first seven keys, which a reader tells apart by colour alone, have seven different colours
        assertThat(new java.util.HashSet<>(chart.seriesPaints().subList(0, 7))).hasSize(7);

        chart.toggleOther();

        Fx.waitUntil("'other' on the chart", () -> chart.series().containsKey(WindowSeries.OTHER));
        assertThat(chart.series()).hasSize(9);
        assertLegendWhole(chart, 9);

        chart.showTop(20);

        // every key, none left for "other": at the right the legend takes a second column rather than losing items
        Fx.waitUntil("every key on the chart", () -> chart.series().size() == KEYS);
        assertLegendWhole(chart, KEYS);

        chart.showTop(8).toggleOther();

        Fx.waitUntil("'other' gone again", () -> !chart.series().containsKey(WindowSeries.OTHER));
    }

    @Test
    void theSvgExportIsAWellFormedSvgDocumentOfTheChart() throws Exception {
        ChartPage chart = runWindowCount();
        Set<String> keys = new TreeSet<>(chart.series().keySet());
        Path svg = dir.resolve("chart.svg");

        dialogs.willChoose(svg);
        chart.exportSvg();

        Fx.waitUntil("the SVG file", () -> Files.exists(svg));
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(Files.readAllBytes(svg)));
        assertThat(document.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(document.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        List<String> texts = new ArrayList<>();
        NodeList textElements = document.getElementsByTagNameNS("*", "text");
        for (int i = 0; i < textElements.getLength(); i++) {
            texts.add(textElements.item(i).getTextContent());
        }
        // every drawn key is named in the legend, and the time axis is labelled (JFreeChart draws the value
        // axis's turned label as outlines, not as text)
        assertThat(texts).containsAll(keys).contains("window end");
        assertThat(document.getElementsByTagNameNS("*", "path").getLength()).isGreaterThanOrEqualTo(keys.size());
    }

    private static void assertLegendWhole(ChartPage chart, int series) {
        Fx.waitUntil("a legend item per series", () -> chart.legendItemBounds().size() == series);
        Rectangle2D area = chart.viewerArea();
        assertThat(area.getWidth()).as("chart width").isGreaterThan(300);
        assertThat(chart.insideWindow()).as("the chart inside the window").isTrue();
        assertThat(chart.legendItemBounds()).allSatisfy(item -> assertThat(area.contains(item))
                .as("legend item %s inside the chart's %s", item, area).isTrue());
    }

    /** Pixels of pure white in the drawn chart: none when nothing was left in the light theme's colours. */
    private static long whitePixels(ChartPage chart) {
        return java.util.Arrays.stream(chart.pixels()).filter(argb -> (argb & 0xffffff) == 0xffffff).count();
    }

    /** Runs the window-count example on events of {@link #KEYS} keys and waits for every window on the chart. */
    private ChartPage runWindowCount() throws Exception {
        Path input = dir.resolve("events.csv");
        Random random = new Random(3);
        List<String> lines = new ArrayList<>();
        Set<String> windows = new java.util.HashSet<>();
        long ts = START;
        for (int i = 0; i < 1_200; i++) {
            ts += random.nextInt(100);
            // key k has about k times the events of key 1: the top keys are clear and "other" is large
            int key = 1 + (int) Math.sqrt(random.nextInt(KEYS * KEYS));
            lines.add("key-" + key + "," + ts);
            windows.add(key + "@" + (ts - Math.floorMod(ts, 10_000L)));
        }
        Files.write(input, lines);
        given(WindowChartTest.windowCountExample());
        run.withParameters(Map.of("input", input.toString(), "output", dir.resolve("counts.csv").toString()));

        run.mode(ExecutionMode.BATCH).run().awaitEnd();

        assertThat(run.state()).isEqualTo(RunState.FINISHED);
        ChartPage chart = new ChartPage(robot, designer, "count");
        // one result per key and 10 s window
        RunPage.await("every window on the chart", () -> chart.received() == windows.size());
        Fx.waitUntil("the chart on screen", chart::shown);
        return chart;
    }
}
