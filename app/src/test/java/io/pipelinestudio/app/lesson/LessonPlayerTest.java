package io.pipelinestudio.app.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import io.pipelinestudio.app.support.DesignerTest;
import io.pipelinestudio.app.support.Fx;
import io.pipelinestudio.model.node.TrainNode;
import io.pipelinestudio.model.validate.ExecutionMode;
import io.pipelinestudio.runtime.run.RunState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.junit.jupiter.api.Test;

/** A lesson plays in the designer: captions beside the canvas, its nodes pointed at, its actions on a click. */
class LessonPlayerTest extends DesignerTest {
    private static final Path LESSONS = Path.of(System.getProperty("pipelinestudio.examples.dir"))
            .resolveSibling("lessons").toAbsolutePath().normalize();

    private void openLesson(String name) {
        dialogs.willChoose(LESSONS.resolve(name).resolve("lesson.json"));
        files.menu("Open Lesson\u2026");
        Fx.waitUntil("the lesson beside the canvas", () -> robot.lookup("#lesson-title").tryQuery()
                .map(node -> !((Label) node).getText().isEmpty()).orElse(false));
    }

    @Test
    void aLessonShowsItsStepsBesideTheCanvasPointsAtTheirNodesAndRunsThemIntoItsOwnFolder() throws Exception {
        openLesson("window-count");

        assertThat(label("#lesson-title")).isEqualTo("The same count in batch and in streaming");
        assertThat(label("#lesson-position")).isEqualTo("Step 1 of 5");
        assertThat(caption()).startsWith("Sensors send events: a key (which sensor)");
        assertThat(Fx.get(() -> designer.selection().nodes()))
                .containsExactlyInAnyOrder("events", "event-time", "by-key", "count", "counts");
        assertThat(Fx.get(() -> robot.lookup("#lesson-action").query().isVisible())).isFalse();

        robot.clickOn("#lesson-next");
        assertThat(label("#lesson-position")).isEqualTo("Step 2 of 5");
        assertThat(Fx.get(() -> designer.selection().nodes())).containsExactly("count");
        assertThat(Fx.get(() -> ((Button) robot.lookup("#lesson-action").query()).getText())).isEqualTo("Run in BATCH");
        robot.clickOn("#lesson-action");
        run.awaitState(RunState.FINISHED);

        Path written = configDirectory.resolve("lesson-outputs").resolve("window-count").resolve("counts.csv");
        assertThat(Files.readAllLines(written)).containsExactlyInAnyOrderElementsOf(
                Files.readAllLines(LESSONS.resolve("window-count/golden/counts.csv")));
        assertThat(Fx.get(() -> designer.runs().modeProperty().get())).isEqualTo(ExecutionMode.BATCH);

        robot.clickOn("#lesson-next");
        assertThat(Fx.get(() -> ((Button) robot.lookup("#lesson-action").query()).getText()))
                .isEqualTo("Run in STREAMING at \u00d710");
        robot.clickOn("#lesson-previous");
        assertThat(label("#lesson-position")).isEqualTo("Step 2 of 5");
    }

    @Test
    void aSetStepChangesTheSettingAsOneUndoableEditAndAnotherPipelineEndsTheLesson() {
        openLesson("learning-rate");
        for (int i = 0; i < 3; i++) {
            robot.clickOn("#lesson-next");
        }
        assertThat(label("#lesson-position")).isEqualTo("Step 4 of 6");
        double before = learningRate();

        robot.clickOn("#lesson-action");
        Fx.waitUntil("the new learning rate", () -> learningRate() == 2.5);
        Fx.run(() -> designer.document().undo());
        assertThat(learningRate()).isEqualTo(before);

        files.newPipeline();
        Fx.waitUntil("the lesson to end", () -> robot.lookup("#tab-lesson").tryQuery().isEmpty()
                && Fx.get(() -> designer.lessons().lessonProperty().get()) == null);
        assertThat(Fx.get(() -> designer.selection().nodes())).isEqualTo(Set.of());
    }

    private double learningRate() {
        return Fx.get(() -> ((TrainNode) designer.document().pipeline().node("train").orElseThrow()).learningRate());
    }

    private String label(String query) {
        return Fx.get(() -> ((Label) robot.lookup(query).query()).getText());
    }

    private String caption() {
        return Fx.get(() -> {
            TextFlow flow = (TextFlow) robot.lookup("#lesson-caption").query();
            StringBuilder text = new StringBuilder();
            List<javafx.scene.Node> parts = flow.getChildren();
            parts.forEach(part -> text.append(((Text) part).getText()));
            return text.toString();
        });
    }
}
