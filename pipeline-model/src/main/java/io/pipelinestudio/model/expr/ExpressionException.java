package io.pipelinestudio.model.expr;

/** An expression that does not compile against its input schema, or that failed on a record. */
public final class ExpressionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ExpressionException(String message) {
        super(message);
    }

    public ExpressionException(String message, Throwable cause) {
        super(message, cause);
    }
}
