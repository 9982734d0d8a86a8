package io.pipelinestudio.model.lesson;

import java.util.List;
import java.util.Map;

/**
 * A lesson: a pipeline (a file relative to the lesson's), values for its {@code ${...}} parameters (a path's
 * value relative to the lesson's folder), and the steps a class goes through, each with its caption, the
 * nodes it points at, what it does and which outputs it expects. Immutable, read by {@link LessonJson}.
 */
public record Lesson(int formatVersion, String title, String description, String pipeline,
        Map<String, String> parameters, List<LessonStep> steps) {
    /** The format this version reads, and the newest. */
    public static final int FORMAT_VERSION = 1;

    public Lesson {
        parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
        steps = steps == null ? List.of() : List.copyOf(steps);
        if (pipeline == null || pipeline.isBlank()) {
            throw new IllegalArgumentException("'pipeline' is required: the pipeline file, relative to the lesson");
        }
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a lesson needs at least one step");
        }
    }
}
