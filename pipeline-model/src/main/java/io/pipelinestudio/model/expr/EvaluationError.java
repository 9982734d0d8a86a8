package io.pipelinestudio.model.expr;

/**
 * An error value of CEL's semantics (division by zero, integer overflow) raised by compiled closures.
 * Thrown per failing record, so it carries no stack trace.
 */
final class EvaluationError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    EvaluationError(String message) {
        super(message, null, false, false);
    }
}
