package io.pipelinestudio.runtime.run;

import io.pipelinestudio.runtime.functions.NodeFailureException;
import io.pipelinestudio.runtime.io.IoErrors;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;

/** Finds, in a job failure's chain of causes, the node at fault and the root cause in words. */
final class Failures {
    private Failures() {}

    static RunFailure describe(Throwable failure) {
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        Throwable root = failure;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof NodeFailureException) {
                NodeFailureException nodeFailure = (NodeFailureException) t;
                return new RunFailure(nodeFailure.nodeId(), nodeFailure.reason(), trace.toString());
            }
            root = t;
        }
        // a file system failure's class says what went wrong and its message only where: in words instead
        String message = root instanceof IOException io ? IoErrors.describe(io)
                : root.getMessage() == null ? root.getClass().getSimpleName()
                : root.getClass().getSimpleName() + ": " + root.getMessage();
        return new RunFailure(null, message, trace.toString());
    }
}
