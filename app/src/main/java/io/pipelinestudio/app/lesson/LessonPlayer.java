package io.pipelinestudio.app.lesson;

import io.pipelinestudio.app.files.FileWorker;
import io.pipelinestudio.model.Pipeline;
import io.pipelinestudio.model.lesson.LessonAction;
import io.pipelinestudio.model.lesson.LessonFormatException;
import io.pipelinestudio.model.lesson.LessonOutputs;
import io.pipelinestudio.model.lesson.LessonParameters;
import io.pipelinestudio.model.lesson.LessonStep;
import io.pipelinestudio.model.lesson.OpenedLesson;
import io.pipelinestudio.model.lesson.SettingChange;
import io.pipelinestudio.model.validate.ExecutionMode;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Plays a lesson in the designer, step by step: shows its pipeline, points at each step's nodes, and carries
 * out a step's action (a run at its speed, a comparison of the modes, a changed setting) when the person asks.
 * Outputs go to the lesson's own folder under the configuration folder, never into the lesson's files, which
 * an installed copy cannot write anyway. Opening any other pipeline ends the lesson.
 */
public final class LessonPlayer {
    private final LessonStage stage;
    private final FileWorker worker;
    private final Path outputsRoot;
    private final ReadOnlyObjectWrapper<OpenedLesson> lesson = new ReadOnlyObjectWrapper<>(this, "lesson");
    private final ReadOnlyIntegerWrapper step = new ReadOnlyIntegerWrapper(this, "step");
    private boolean showingOwnPipeline;

    public LessonPlayer(LessonStage stage, FileWorker worker, Path outputsRoot) {
        this.stage = stage;
        this.worker = worker;
        this.outputsRoot = outputsRoot;
    }

    public ReadOnlyObjectProperty<OpenedLesson> lessonProperty() {
        return lesson.getReadOnlyProperty();
    }

    /** The step shown, from 0. */
    public ReadOnlyIntegerProperty stepProperty() {
        return step.getReadOnlyProperty();
    }

    /** Reads and checks the lesson off the FX thread, then shows its pipeline and its first step. */
    public void open(Path file) {
        worker.submit(() -> OpenedLesson.open(file, false), opened -> {
            showingOwnPipeline = true;
            stage.show(opened.pipeline(), () -> {
                lesson.set(opened);
                goTo(0);
            });
        }, e -> stage.refuse("Cannot play " + file.getFileName(), e instanceof LessonFormatException format
                ? String.join("\n", format.problems()) : String.valueOf(e.getMessage())));
    }

    /** Called whenever a pipeline has been shown: one the lesson did not show ends the lesson. */
    public void loaded() {
        if (showingOwnPipeline) {
            showingOwnPipeline = false;
        } else {
            close();
        }
    }

    public void close() {
        lesson.set(null);
        step.set(0);
    }

    public LessonStep currentStep() {
        OpenedLesson opened = lesson.get();
        return opened == null ? null : opened.lesson().steps().get(step.get());
    }

    public int stepCount() {
        OpenedLesson opened = lesson.get();
        return opened == null ? 0 : opened.lesson().steps().size();
    }

    public void next() {
        if (step.get() + 1 < stepCount()) {
            goTo(step.get() + 1);
        }
    }

    public void previous() {
        if (step.get() > 0) {
            goTo(step.get() - 1);
        }
    }

    private void goTo(int index) {
        step.set(index);
        stage.highlight(currentStep().highlight());
    }

    /** Carries out the shown step's action, if it has one. */
    public void perform() {
        LessonStep shown = currentStep();
        if (shown == null || shown.action() == null) {
            return;
        }
        LessonAction action = shown.action();
        if (action instanceof LessonAction.RunAction run) {
            stage.run(run.mode(), parameters(run), run.speed() == null ? 0 : run.speed());
        } else if (action instanceof LessonAction.CompareAction) {
            stage.compare(parameters(new LessonAction.RunAction(ExecutionMode.BATCH, null, Map.of())));
        } else if (action instanceof LessonAction.SetAction set) {
            try {
                stage.edit(SettingChange.apply(stage.pipeline(), set), "Lesson: " + set.summary());
            } catch (IllegalArgumentException e) {
                stage.refuse("Cannot " + set.summary(), e.getMessage());
            }
        }
    }

    /** The lesson's values for a run, its outputs moved into the lesson's folder of outputs. */
    private Map<String, String> parameters(LessonAction.RunAction run) {
        OpenedLesson opened = lesson.get();
        Pipeline pipeline = stage.pipeline();
        Map<String, String> values = new LinkedHashMap<>(LessonParameters.forRun(opened.lesson(), opened.folder(),
                pipeline, run));
        Path outputs = outputsRoot.resolve(opened.folder().getFileName().toString());
        for (String output : LessonOutputs.outputParameters(pipeline)) {
            String value = values.get(output);
            if (value != null) {
                values.put(output, outputs.resolve(Path.of(value).getFileName()).toString());
            }
        }
        return values;
    }

    /** Words for a step's action, as its button shows them. */
    public static String describe(LessonAction action) {
        if (action instanceof LessonAction.RunAction run) {
            return "Run in " + run.mode() + (run.mode() == ExecutionMode.STREAMING && run.speed() != null
                    ? " at \u00d7" + new java.text.DecimalFormat("0.##").format(run.speed()) : "");
        }
        if (action instanceof LessonAction.SetAction set) {
            return "Set " + set.setting() + " of " + set.node() + " to " + set.value();
        }
        return "Compare BATCH and STREAMING";
    }
}
