package io.pipelinestudio.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.pipelinestudio.app.pages.ChartPage;
import io.pipelinestudio.app.pages.PresentationPage;
import io.pipelinestudio.app.pages.RunPage;
import io.pipelinestudio.app.support.DesignerTest;
import io.pipelinestudio.app.support.Fx;
import io.pipelinestudio.app.training.TrainingCharts;
import io.pipelinestudio.model.Pipeline;
import io.pipelinestudio.model.json.PipelineJson;
import io.pipelinestudio.runtime.run.RunState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ToolBar;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** View → Presentation at a projector's 1280x720: large type, results beside the canvas, and back. */
class PresentationModeTest extends DesignerTest {
    @TempDir
    Path dir;
    private PresentationPage presentation;

    @BeforeEach
    void atProjectorSize() {
        Fx.run(() -> {
            designer.stage().setWidth(1280);
            designer.stage().setHeight(720);
        });
        presentation = new PresentationPage(robot, designer);
    }

    private static Pipeline example() throws Exception {
        return PipelineJson.read(Path.of(System.getProperty("pipelinestudio.examples.dir"), "window-count.json"));
    }

    private void runExample() throws Exception {
        Path input = Files.write(dir.resolve("events.csv"), List.of("sensor-a,1700000000000", "sensor-b,1700000001000",
                "sensor-a,1700000012000", "sensor-c,1700000025000"));
        run.withParameters(Map.of("input", input.toString(), "output", dir.resolve("counts.csv").toString()));
        run.run().awaitState(RunState.FINISHED);
    }

    @Test
    void theResultsStandBesideTheCanvasAtTheSameHeight() throws Exception {
        given(example());

        presentation.togglePresentation();

        assertThat(presentation.presenting()).isTrue();
        Bounds canvas = presentation.canvas();
        Bounds results = presentation.results();
        assertThat(results.getMinX()).isGreaterThan(canvas.getMaxX() - 4);
        assertThat(results.getHeight()).isCloseTo(canvas.getHeight(), org.assertj.core.data.Offset.offset(40.0));
        assertThat(canvas.getWidth()).isGreaterThan(presentation.windowWidth() * 0.4);
        assertThat(results.getWidth()).isGreaterThan(presentation.windowWidth() * 0.4);
    }

    @Test
    void cardTitlesAndTheRunLogAreSetInLargerType() throws Exception {
        given(example());
        double titleBefore = cardTitleSize();
        double logBefore = runLogSize();

        presentation.togglePresentation();

        assertThat(cardTitleSize()).isGreaterThan(titleBefore * 1.2);
        assertThat(runLogSize()).isGreaterThan(logBefore * 1.3);
    }

    @Test
    void theLiveChartFillsTheResultsBesideTheCanvasInsideTheWindow() throws Exception {
        given(example());
        presentation.togglePresentation();

        runExample();

        ChartPage chart = new ChartPage(robot, designer, "count");
        RunPage.await("the chart of the window counts", chart::shown);
        assertThat(chart.insideWindow()).isTrue();
        assertThat(chart.viewerArea().getWidth()).isGreaterThan(presentation.windowWidth() * 0.4);
        assertThat(chart.viewerArea().getHeight()).isGreaterThan(300);
        assertThat(Fx.get(() -> chart.viewer().getChart().getXYPlot().getLegendItems().get(0).getLabelFont().getSize()))
                .as("the legend's keys, 12 pt when editing").isGreaterThan(15);
    }

    @Test
    void noButtonLabelOrTabTitleIsCutShort() throws Exception {
        given(example());
        presentation.togglePresentation();
        runExample();
        RunPage.await("the chart of the window counts", () -> new ChartPage(robot, designer, "count").shown());
        // the training charts' tab, as a pipeline with a train node shows it, beside the chart's
        Fx.run(() -> designer.addResultsTab("Training", new TrainingCharts().view()));

        assertThat(presentation.truncatedTexts(PresentationModeTest::cutOnPurpose)).isEmpty();
        Fx.run(() -> designer.results().getSelectionModel().select(1));
        assertThat(presentation.truncatedTexts(PresentationModeTest::cutOnPurpose)).isEmpty();
        ToolBar toolbar = robot.lookup("#run-toolbar").queryAs(ToolBar.class);
        assertThat(Fx.get(() -> toolbar.lookup(".tool-bar-overflow-button").isVisible()))
                .as("every toolbar item fits, none in the overflow menu").isFalse();
    }

    @Test
    void leavingPresentationPutsTheLayoutBackAsItWas() throws Exception {
        given(example());
        Fx.run(() -> designer.results().addTab("Preview", new javafx.scene.control.Label("rows")));
        Map<String, Object> before = presentation.layout();

        presentation.togglePresentation().togglePresentation();

        assertThat(presentation.presenting()).isFalse();
        assertThat(presentation.layout()).isEqualTo(before);
    }

    @Test
    void theResultsCanTakeTheWholeWindowAndGiveItBack() throws Exception {
        given(example());
        Map<String, Object> editing = presentation.layout();
        presentation.togglePresentation();
        Map<String, Object> presenting = presentation.layout();

        presentation.toggleResultsFullScreen();

        assertThat(presentation.layout()).containsEntry("canvas shown", false);
        assertThat(presentation.results().getWidth()).isGreaterThan(presentation.windowWidth() - 4);
        presentation.toggleResultsFullScreen();
        assertThat(presentation.layout()).isEqualTo(presenting);
        presentation.togglePresentation();
        assertThat(presentation.layout()).isEqualTo(editing);
    }

    @Test
    void aDoubleClickOnTheResultsTabsMaximizesThemAndASecondBringsTheCanvasBack() throws Exception {
        given(example());
        Map<String, Object> editing = presentation.layout();

        robot.doubleClickOn("#tab-run-log");

        assertThat(presentation.layout()).containsEntry("canvas shown", false);
        robot.doubleClickOn("#tab-run-log");
        assertThat(presentation.layout()).isEqualTo(editing);
    }

    /** Cards cut long summaries (the whole text is in their tooltip); the training status gives way to the buttons. */
    private static boolean cutOnPurpose(Labeled labeled) {
        for (Node n = labeled; n != null; n = n.getParent()) {
            if (n.getStyleClass().contains("pipeline-canvas") || "training-status".equals(n.getId())) {
                return true;
            }
        }
        return false;
    }

    private double cardTitleSize() {
        Labeled title = (Labeled) robot.lookup("#node-count .node-title").query();
        return Fx.get(() -> title.getFont().getSize());
    }

    private double runLogSize() {
        Labeled cell = (Labeled) robot.lookup("#run-log .list-cell").query();
        return Fx.get(() -> cell.getFont().getSize());
    }
}
