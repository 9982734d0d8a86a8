package io.pipelinestudio.app.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.pipelinestudio.app.pages.RunPage;
import io.pipelinestudio.app.support.DesignerTest;
import io.pipelinestudio.model.Pipeline;
import io.pipelinestudio.model.json.PipelineJson;
import io.pipelinestudio.model.node.EventTimeNode;
import io.pipelinestudio.model.node.Node;
import io.pipelinestudio.model.node.WatermarkEmission;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The batch-versus-streaming action on the window-count example. */
class CompareModesTest extends DesignerTest {
    private static final long START = 1_700_000_000_000L;
    @TempDir
    Path dir;

    private static Pipeline example() throws Exception {
        return PipelineJson.read(Path.of(System.getProperty("pipelinestudio.examples.dir"), "window-count.json"));
    }

    /** The example with a watermark after every record, so that which records are late does not depend on timing. */
    private static Pipeline exampleWithPerRecordWatermarks() throws Exception {
        Pipeline example = example();
        List<Node> nodes = new ArrayList<>();
        for (Node node : example.nodes()) {
            nodes.add(node instanceof EventTimeNode t ? new EventTimeNode(t.id(), t.label(), t.field(),
                    t.maxOutOfOrdernessMs(), t.idleTimeoutMs(), WatermarkEmission.PER_RECORD) : node);
        }
        return example.withNodes(nodes);
    }

    private static List<String> orderedEvents(int count) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            lines.add("sensor-" + (char) ('a' + i % 3) + "," + (START + i * 400L));
        }
        return lines;
    }

    private void useInput(List<String> lines) throws Exception {
        Path input = Files.write(dir.resolve("events.csv"), lines);
        run.withParameters(Map.of("input", input.toString(), "output", dir.resolve("counts.csv").toString()));
    }

    @Test
    void theExampleGivesEqualResultsInBothModes() throws Exception {
        given(example());
        useInput(orderedEvents(300));

        run.compare();
        RunPage.await("a verdict", () -> !run.running() && run.comparisonVerdict().startsWith("Equal"));

        assertThat(run.comparisonVerdict()).contains("same");
        assertThat(run.comparisonDifferences()).isEmpty();
    }

    @Test
    void aRecordLaterThanTheAllowedLatenessMakesTheModesDifferAndTheDiffShowsItsWindow() throws Exception {
        given(exampleWithPerRecordWatermarks());
        List<String> lines = orderedEvents(300);
        // a minute after the first window closed, a record for it arrives: STREAMING drops it, BATCH counts it
        lines.add("sensor-a," + (START + 1_000));
        useInput(lines);

        run.compare();
        RunPage.await("a verdict", () -> !run.running() && run.comparisonVerdict().startsWith("Different"));

        long windowStart = START - Math.floorMod(START, 10_000L);
        assertThat(run.comparisonVerdict()).contains("1 lines only in BATCH, 1 only in STREAMING");
        assertThat(run.comparisonDifferences()).hasSize(2);
        assertThat(run.comparisonDifferences().get(0)).startsWith("- BATCH only").contains(windowStart + ",")
                .contains("sensor-a");
        assertThat(run.comparisonDifferences().get(1)).startsWith("+ STREAMING only").contains(windowStart + ",");
    }
}
