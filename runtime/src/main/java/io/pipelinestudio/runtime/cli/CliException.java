package io.pipelinestudio.runtime.cli;

/** A command line that cannot be carried out as given; the message says what was expected. */
final class CliException extends Exception {
    private static final long serialVersionUID = 1L;
    private final int exitCode;
    private final boolean problemLine;

    CliException(int exitCode, String message) {
        this(exitCode, message, false);
    }

    private CliException(int exitCode, String message, boolean problemLine) {
        super(message);
        this.exitCode = exitCode;
        this.problemLine = problemLine;
    }

    /** A problem in a pipeline, printed as validation problems are: {@code target: message}, exit 2. */
    static CliException problem(String line) {
        return new CliException(2, line, true);
    }

    /** The line as printed: a problem as it is, anything else after {@code error: }. */
    String line() {
        return problemLine ? getMessage() : "error: " + getMessage();
    }

    int exitCode() {
        return exitCode;
    }
}
