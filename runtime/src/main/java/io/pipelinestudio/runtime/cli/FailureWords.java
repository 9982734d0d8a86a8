package io.pipelinestudio.runtime.cli;

import io.pipelinestudio.runtime.io.IoErrors;
import java.io.IOException;

/**
 * A failure the command line did not expect, in words for the person at the terminal: the deepest cause
 * that says something, without Java's class names, which {@code --verbose} adds with the stack trace.
 */
final class FailureWords {
    private FailureWords() {}

    static String of(Throwable failure) {
        String said = null;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OutOfMemoryError) {
                return "the Java runtime ran out of memory (" + t.getMessage()
                        + "); give it more with STUDIO_JAVA_OPTS=-Xmx4g, say";
            }
            if (t instanceof IOException io) {
                said = IoErrors.describe(io);
            } else if (t.getMessage() != null && !t.getMessage().isBlank() && !wrapsItsCause(t)) {
                said = t.getMessage();
            }
        }
        return said != null ? said
                : "an unexpected " + (failure instanceof Error ? "error in the Java runtime" : "failure")
                        + " with no message; --verbose shows where";
    }

    /** {@code new Exception(cause)} takes the cause's class name and message as its own: not words. */
    private static boolean wrapsItsCause(Throwable t) {
        return t.getCause() != null && t.getMessage().equals(t.getCause().toString());
    }
}
