package io.pipelinestudio.runtime.run;

import io.pipelinestudio.model.validate.Problem;
import java.util.List;
import java.util.stream.Collectors;

/** A pipeline that cannot run as it stands; carries every problem, each pinned to its node or edge. */
public final class InvalidPipelineException extends Exception {
    private static final long serialVersionUID = 1L;
    private final List<Problem> problems;

    public InvalidPipelineException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
