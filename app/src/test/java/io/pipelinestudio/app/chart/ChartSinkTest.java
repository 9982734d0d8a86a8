package io.pipelinestudio.app.chart;

import static org.assertj.core.api.Assertions.assertThat;

import io.pipelinestudio.app.pages.ChartPage;
import io.pipelinestudio.app.pages.RunPage;
import io.pipelinestudio.app.support.DesignerTest;
import io.pipelinestudio.model.Edge;
import io.pipelinestudio.model.Pipeline;
import io.pipelinestudio.model.node.ChartSinkNode;
import io.pipelinestudio.model.node.ChartStyle;
import io.pipelinestudio.model.node.Node;
import io.pipelinestudio.model.validate.ExecutionMode;
import io.pipelinestudio.runtime.run.RunState;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A chart sink draws what reaches it in the style its properties choose, instead of the window's own chart. */
class ChartSinkTest extends DesignerTest {
    @TempDir
    Path dir;

    @Test
    void aChartSinkAfterTheWindowsShowsTheLatestWindowAsBarsAndReplacesTheWindowsDefaultChart() throws Exception {
        Path input = dir.resolve("events.csv");
        Map<String, Map<Long, Double>> expected = WindowChartTest.writeInput(input, 600, 5);
        Pipeline example = WindowChartTest.windowCountExample();
        List<Node> nodes = new ArrayList<>(example.nodes());
        nodes.add(new ChartSinkNode("bars", "Latest counts", ChartStyle.LATEST_BARS, "window_end_ms", "key",
                "count", 8));
        List<Edge> edges = new ArrayList<>(example.edges());
        edges.add(Edge.of("count", "bars"));
        given(example.withNodes(nodes).withEdges(edges));
        run.withParameters(Map.of("input", input.toString(), "output", dir.resolve("counts.csv").toString()));

        run.mode(ExecutionMode.BATCH).run().awaitEnd();

        assertThat(run.state()).isEqualTo(RunState.FINISHED);
        long lastEnd = expected.values().stream().flatMap(m -> m.keySet().stream()).max(Long::compare).orElseThrow();
        Map<String, Double> lastWindow = new TreeMap<>();
        expected.forEach((key, windows) -> {
            if (windows.containsKey(lastEnd)) {
                lastWindow.put(key, windows.get(lastEnd));
            }
        });
        ChartPage chart = new ChartPage(robot, designer, "bars");
        RunPage.await("the latest window's bars", () -> new TreeMap<>(chart.bars()).equals(lastWindow));
        assertThat(chart.shown()).isTrue();
        assertThat(designer.windowCharts().view("count")).as("the window's own chart").isEmpty();
    }
}
