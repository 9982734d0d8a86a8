package io.pipelinestudio.runtime.submit;

/** A submission to a Flink cluster that could not be made or followed; the message says what went wrong. */
public final class SubmitException extends Exception {
    private static final long serialVersionUID = 1L;

    public SubmitException(String message) {
        super(message);
    }

    public SubmitException(String message, Throwable cause) {
        super(message, cause);
    }
}
