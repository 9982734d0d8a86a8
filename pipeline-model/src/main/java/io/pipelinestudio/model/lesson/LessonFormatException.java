package io.pipelinestudio.model.lesson;

import java.util.List;

/**
 * A lesson that cannot be checked or played as written: each problem a line like {@code step 3: highlight: no
 * node 'count' in the pipeline}, on the step at fault ({@code lesson:} for the file as a whole).
 */
public final class LessonFormatException extends Exception {
    private static final long serialVersionUID = 1L;
    private final List<String> problems;

    public LessonFormatException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    public LessonFormatException(String problem) {
        this(List.of(problem));
    }

    public List<String> problems() {
        return problems;
    }
}
