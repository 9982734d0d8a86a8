package io.pipelinestudio.app.properties;

import static org.assertj.core.api.Assertions.assertThat;

import io.pipelinestudio.app.support.DesignerTest;
import io.pipelinestudio.app.support.Fx;
import io.pipelinestudio.model.Edge;
import io.pipelinestudio.model.JobSettings;
import io.pipelinestudio.model.JobSettings.CheckpointMode;
import io.pipelinestudio.model.JobSettings.RestartStrategy;
import io.pipelinestudio.model.Pipeline;
import io.pipelinestudio.model.Position;
import io.pipelinestudio.model.json.PipelineJson;
import io.pipelinestudio.model.node.ConsoleSinkNode;
import io.pipelinestudio.model.node.GeneratorSourceNode;
import io.pipelinestudio.model.validate.Problem;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JobSettingsTest extends DesignerTest {
    private static final JobSettings CHECKPOINTED =
            JobSettings.DEFAULTS.withCheckpoints(60_000, CheckpointMode.EXACTLY_ONCE, null);
    private static final JobSettings CHECKPOINTED_AND_RESTARTED =
            CHECKPOINTED.withRestarts(RestartStrategy.FIXED_DELAY, 0, 0, 0);

    @TempDir
    Path folder;

    @BeforeEach
    void givenAPipelineAndNothingSelected() {
        given(new Pipeline(1, "jobs", null, List.of(),
                List.of(new GeneratorSourceNode("events", null, 100L, 0, 2, 0, 1000, 0, 1),
                        new ConsoleSinkNode("print", null)),
                List.of(Edge.of("events", "print")),
                Map.of("events", new Position(100, 100), "print", new Position(400, 100))));
        assertThat(properties.title()).isEqualTo("Pipeline");
        properties.openCategory("Job");
    }

    @Test
    void eachJobSettingsEditIsOneUndoableCommand() {
        int history = Fx.get(() -> designer.document().commands().size());

        properties.set("checkpointIntervalMs", "60000");
        Fx.waitUntil("checkpoints every minute", () -> jobSettings().equals(CHECKPOINTED));
        properties.choose("restartStrategy", "fixed-delay");
        Fx.waitUntil("fixed-delay restarts", () -> jobSettings().equals(CHECKPOINTED_AND_RESTARTED));

        assertThat(Fx.get(() -> designer.document().commands().size())).isEqualTo(history + 2);
        canvas.undo();
        Fx.waitUntil("the restart strategy to be undone", () -> jobSettings().equals(CHECKPOINTED));
        assertThat(properties.choice("restartStrategy")).isEqualTo("none");
        canvas.undo();
        Fx.waitUntil("the interval to be undone", () -> jobSettings().equals(JobSettings.DEFAULTS));
        assertThat(properties.value("checkpointIntervalMs")).isEqualTo("0");
        assertThat(model().job()).as("default settings are not written to the file").isNull();
        canvas.redo();
        Fx.waitUntil("the interval to be redone", () -> jobSettings().equals(CHECKPOINTED));
        assertThat(properties.value("checkpointIntervalMs")).isEqualTo("60000");
    }

    @Test
    void editedJobSettingsSurviveSavingAndReopening() throws Exception {
        properties.set("checkpointIntervalMs", "60000");
        properties.choose("restartStrategy", "fixed-delay");
        properties.set("restartAttempts", "3");
        JobSettings expected = CHECKPOINTED.withRestarts(RestartStrategy.FIXED_DELAY, 3, 0, 0);
        Fx.waitUntil("the edited settings", () -> jobSettings().equals(expected));
        Path file = folder.resolve("checkpointed.json");

        files.saveAs(file);
        files.newPipeline();
        Fx.waitUntil("an empty pipeline", () -> designer.document().pipeline().nodes().isEmpty());
        assertThat(model().jobSettings()).isEqualTo(JobSettings.DEFAULTS);
        files.open(file).waitUntilShowing(file);

        assertThat(model().jobSettings()).isEqualTo(expected);
        assertThat(PipelineJson.read(file).jobSettings()).isEqualTo(expected);
        properties.openCategory("Job");
        assertThat(properties.value("restartAttempts")).isEqualTo("3");
    }

    @Test
    void textIsRefusedWithAMessageAndANegativeIntervalIsReportedAsAProblem() {
        Pipeline before = model();

        properties.set("checkpointIntervalMs", "often");

        assertThat(model()).isEqualTo(before);
        assertThat(properties.value("checkpointIntervalMs")).isEqualTo("0");
        assertThat(Fx.get(() -> designer.canvasModel().messageProperty().get())).contains("whole number");

        properties.set("checkpointIntervalMs", "-5");

        Fx.waitUntil("the negative interval in the model", () -> jobSettings().checkpointIntervalMs() == -5);
        Fx.waitUntil("a problem with the pipeline", () -> problems.lists(Problem.PIPELINE));
        assertThat(problems.shown()).anySatisfy(p -> assertThat(p.message()).contains("must not be negative"));
    }

    /** Read on the FX thread, inside {@code Fx.waitUntil} conditions. */
    private JobSettings jobSettings() {
        return designer.document().pipeline().jobSettings();
    }
}
