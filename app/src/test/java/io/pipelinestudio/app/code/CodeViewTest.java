package io.pipelinestudio.app.code;

import static org.assertj.core.api.Assertions.assertThat;

import io.pipelinestudio.app.files.Examples;
import io.pipelinestudio.app.pages.CodeViewPage;
import io.pipelinestudio.app.support.DesignerTest;
import io.pipelinestudio.app.support.Fx;
import io.pipelinestudio.model.Edge;
import io.pipelinestudio.model.Pipeline;
import io.pipelinestudio.model.json.PipelineJson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CodeViewTest extends DesignerTest {
    private CodeViewPage code;

    @BeforeEach
    void openWindowCount() throws Exception {
        code = new CodeViewPage(robot, designer);
        given(PipelineJson.read(Examples.directory().orElseThrow().resolve("window-count.json")));
        Fx.run(() -> designer.canvas().zoomToFit());
    }

    @Test
    void selectingANodeShowsTheDataStreamCallsItContributes() {
        code.open().waitForMessage("Select a node");
        canvas.click("by-key");
        String keyBy = code.waitForCode(".keyBy(");
        assertThat(keyBy).startsWith("// ").contains("new RowKeySelector(");
        assertThat(code.message()).contains("DataStream API calls");

        canvas.click("count");
        // the window's own statements: it keys its partial results itself, but not the records (by-key does)
        assertThat(code.waitForCode(".window(")).contains("TumblingEventTimeWindows.of(Duration.ofMillis(10000L))")
                .contains(".keyBy(new PartialAggregates.Key()").doesNotContain("new RowKeySelector(");

        canvas.clickEmpty(20, 20);
        code.waitForMessage("Select a node");
        assertThat(code.code()).isEmpty();
    }

    @Test
    void copyPutsTheCodeOnTheClipboardAndASelectionCopiesOnlyItself() {
        code.open();
        canvas.click("count");
        String all = code.waitForCode(".window(");

        code.copy();
        assertThat(code.clipboard()).isEqualTo(all);

        int start = all.indexOf(".window(");
        code.dragSelect(start, start + ".window".length());
        assertThat(code.selection()).isEqualTo(".window");
        robot.press(javafx.scene.input.KeyCode.CONTROL).press(javafx.scene.input.KeyCode.C)
                .release(javafx.scene.input.KeyCode.C).release(javafx.scene.input.KeyCode.CONTROL);
        Fx.waitUntil("the selection on the clipboard", () -> ".window".equals(
                javafx.scene.input.Clipboard.getSystemClipboard().getString()));
        // copying code never copies the canvas's nodes
        assertThat(model().nodes()).hasSize(5);
    }

    @Test
    void codeFollowsEditsOfTheNodeAndSaysWhyANodeOfABrokenGraphHasNone() {
        code.open();
        canvas.click("count");
        code.waitForCode(".window(");
        code.openProperties();
        properties.set("label", "Counts per window");
        code.open();
        assertThat(code.waitForCode("Counts per window")).contains(".name(\"Counts per window\")");

        Pipeline pipeline = model();
        Fx.run(() -> designer.document().load(pipeline.withEdges(pipeline.edges().stream()
                .filter(e -> !e.to().equals("by-key")).toList()), null, false));
        Fx.run(() -> designer.selection().selectNode("count"));
        code.waitForMessage("until the problems are fixed");
        assertThat(code.code()).startsWith("// count: no code yet");
        assertThat(pipeline.edges()).extracting(Edge::to).contains("by-key");
    }
}
