package io.pipelinestudio.model.validate;

import io.pipelinestudio.model.text.UserText;
import java.util.Objects;

/**
 * One thing wrong with a pipeline, pinned to the node or edge at fault ({@code target} is its id), or
 * to the pipeline as a whole ({@code target} is {@link #PIPELINE}); {@code excerpt}, when not null, is the
 * text at fault with the column of the fault, such as an expression's typo.
 */
public record Problem(Severity severity, ProblemKind kind, String target, String message, Excerpt excerpt) {
    public static final String PIPELINE = "pipeline";

    public Problem(Severity severity, ProblemKind kind, String target, String message) {
        this(severity, kind, target, message, null);
    }

    public Problem {
        Objects.requireNonNull(severity);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(target);
        Objects.requireNonNull(message);
        // messages quote user text; a huge value must not make a huge message
        message = UserText.message(message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The command line's form: {@code target: message}. */
    @Override
    public String toString() {
        return target + ": " + (severity == Severity.WARNING ? "warning: " : "") + message;
    }
}
