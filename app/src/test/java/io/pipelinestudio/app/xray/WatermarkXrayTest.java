package io.pipelinestudio.app.xray;

import static org.assertj.core.api.Assertions.assertThat;

import io.pipelinestudio.app.pages.RunPage;
import io.pipelinestudio.app.support.DesignerTest;
import io.pipelinestudio.app.support.Fx;
import io.pipelinestudio.model.Edge;
import io.pipelinestudio.model.Pipeline;
import io.pipelinestudio.model.node.Aggregation;
import io.pipelinestudio.model.node.AggregateFunction;
import io.pipelinestudio.model.node.CsvSinkNode;
import io.pipelinestudio.model.node.EventTimeNode;
import io.pipelinestudio.model.node.GeneratorSourceNode;
import io.pipelinestudio.model.node.KeyByNode;
import io.pipelinestudio.model.node.TimeCharacteristic;
import io.pipelinestudio.model.node.WindowAggregateNode;
import io.pipelinestudio.model.node.WindowSpec;
import io.pipelinestudio.model.validate.ExecutionMode;
import io.pipelinestudio.runtime.run.RunState;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Selecting a window during a streaming run shows its watermarks and open windows: why it has not fired. */
class WatermarkXrayTest extends DesignerTest {
    /** The run's files, rejected records included, stay out of the working folder. */
    @org.junit.jupiter.api.io.TempDir
    java.nio.file.Path dir;

    @Test
    void aWindowSelectedWhenAStreamRunsShowsEachInstancesWatermarkAndWhenItsOpenWindowsFire() {
        given(Pipeline.of("xray", List.of(
                        new GeneratorSourceNode("events", null, null, 500, 3, 1_700_000_000_000L, 10, 0, 5),
                        new EventTimeNode("time", null, "timestamp", 200, 0, null),
                        new KeyByNode("keys", null, List.of("key")),
                        new WindowAggregateNode("win", null, WindowSpec.tumbling(10_000), TimeCharacteristic.EVENT, 0,
                                List.of(new Aggregation(AggregateFunction.COUNT, null, null)), null, null),
                        new CsvSinkNode("print", null, dir.resolve("counts.csv").toString(), ",", false)),
                List.of(Edge.of("events", "time"), Edge.of("time", "keys"), Edge.of("keys", "win"),
                        Edge.of("win", "print"))));

        // five cards in a row reach under the side panel at this window size
        Fx.run(() -> designer.canvas().zoomToFit());
        canvas.click("win");
        run.mode(ExecutionMode.STREAMING).run().awaitState(RunState.RUNNING);

        RunPage.await("the X-ray of the window", () -> {
            List<String> lines = Fx.get(() -> designer.xray().shownLines());
            return lines.stream().anyMatch(l -> l.startsWith("Watermark per instance: #0 "))
                    && lines.stream().anyMatch(l -> l.contains("records so far \u00b7 fires when the watermark passes"));
        });
        assertThat(Fx.get(() -> designer.results().tab(WatermarkXray.TAB_TITLE)).isPresent()).isTrue();
        assertThat(Fx.get(() -> designer.xray().shownLines())).anyMatch(l -> l.startsWith("Late records so far: "));
        run.stop().awaitEnd();
    }
}
