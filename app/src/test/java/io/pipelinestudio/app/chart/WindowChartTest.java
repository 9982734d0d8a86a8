package io.pipelinestudio.app.chart;

import static org.assertj.core.api.Assertions.assertThat;

import io.pipelinestudio.app.pages.ChartPage;
import io.pipelinestudio.app.pages.RunPage;
import io.pipelinestudio.app.support.DesignerTest;
import io.pipelinestudio.app.support.Fx;
import io.pipelinestudio.model.Pipeline;
import io.pipelinestudio.model.json.PipelineJson;
import io.pipelinestudio.model.validate.ExecutionMode;
import io.pipelinestudio.runtime.run.RunState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window-count example run from the designer, its windows drawn live and exported. */
class WindowChartTest extends DesignerTest {
    private static final long START = 1_700_000_000_000L;
    @TempDir
    Path dir;

    static Pipeline windowCountExample() throws Exception {
        return PipelineJson.read(Path.of(System.getProperty("pipelinestudio.examples.dir"), "window-count.json"));
    }

    /** Events of four sensors over two minutes, in time order, and the count each 10 s window should get. */
    static Map<String, Map<Long, Double>> writeInput(Path input, int events, long seed) throws Exception {
        Random random = new Random(seed);
        List<String> lines = new ArrayList<>();
        Map<String, Map<Long, Double>> counts = new TreeMap<>();
        long ts = START;
        for (int i = 0; i < events; i++) {
            ts += random.nextInt(250);
            String key = "sensor-" + (char) ('a' + random.nextInt(4));
            lines.add(key + "," + ts);
            long end = ts - Math.floorMod(ts, 10_000L) + 10_000L;
            counts.computeIfAbsent(key, k -> new TreeMap<>()).merge(end, 1.0, Double::sum);
        }
        Files.write(input, lines);
        return counts;
    }

    @Test
    void runningTheWindowCountExampleDrawsOneSeriesPerKeyWithTheCountOfEveryWindow() throws Exception {
        Path input = dir.resolve("events.csv");
        Map<String, Map<Long, Double>> expected = writeInput(input, 1_000, 11);
        given(windowCountExample());
        run.withParameters(Map.of("input", input.toString(), "output", dir.resolve("counts.csv").toString()));

        run.mode(ExecutionMode.STREAMING).run().awaitEnd();

        assertThat(run.state()).isEqualTo(RunState.FINISHED);
        ChartPage chart = new ChartPage(robot, designer, "count");
        RunPage.await("every window on the chart", () -> chart.series().equals(expected));
        assertThat(chart.shown()).isTrue();
        assertThat(chart.series().keySet()).containsExactlyInAnyOrder("sensor-a", "sensor-b", "sensor-c", "sensor-d");

        chart.showLatestWindow();
        long lastEnd = expected.values().stream().flatMap(m -> m.keySet().stream()).max(Long::compare).orElseThrow();
        Map<String, Double> lastWindow = new TreeMap<>();
        expected.forEach((key, windows) -> {
            if (windows.containsKey(lastEnd)) {
                lastWindow.put(key, windows.get(lastEnd));
            }
        });
        assertThat(new TreeMap<>(chart.bars())).isEqualTo(lastWindow);

        Path png = dir.resolve("chart.png");
        Path svg = dir.resolve("chart.svg");
        Path csv = dir.resolve("chart.csv");
        chart.showOverTime();
        dialogs.willChoose(png);
        chart.exportPng();
        dialogs.willChoose(svg);
        chart.exportSvg();
        dialogs.willChoose(csv);
        chart.exportCsv();

        Fx.waitUntil("the exported files", () -> Files.exists(png) && Files.exists(svg) && Files.exists(csv));
        assertThat(Files.size(png)).isGreaterThan(1_000);
        assertThat(Files.readString(svg)).startsWith("<svg").contains("<path").contains("sensor-a");
        List<String> rows = Files.readAllLines(csv);
        assertThat(rows.get(0)).isEqualTo("window_end,series,count");
        assertThat(rows).hasSize(1 + expected.values().stream().mapToInt(Map::size).sum());
    }

    @Test
    void theSecondRunOfTheExampleStartsTheChartAfreshAndAPausedChartHoldsStill() throws Exception {
        Path input = dir.resolve("events.csv");
        Map<String, Map<Long, Double>> expected = writeInput(input, 300, 5);
        given(windowCountExample());
        run.withParameters(Map.of("input", input.toString(), "output", dir.resolve("counts.csv").toString()));
        run.mode(ExecutionMode.BATCH).run().awaitEnd();
        ChartPage chart = new ChartPage(robot, designer, "count");
        RunPage.await("every window on the chart", () -> chart.series().equals(expected));

        chart.togglePause();
        Map<String, Map<Long, Double>> other = writeInput(input, 200, 6);
        run.run().awaitEnd();
        RunPage.await("the second run's results to arrive", () -> chart.received() == other.values().stream()
                .mapToLong(Map::size).sum());

        assertThat(chart.series()).isEmpty();
        chart.togglePause();
        assertThat(chart.series()).isEqualTo(other);
    }
}
