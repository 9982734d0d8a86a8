package io.pipelinestudio.runtime.run;

import java.util.concurrent.CompletableFuture;

/** A run under way: its current state, a way to cancel it, and its result when it ends. */
public interface RunHandle {
    String runId();

    RunState state();

    CompletableFuture<RunResult> result();

    /** Asks the job to stop; the result completes with {@link RunState#CANCELED}. */
    void cancel();
}
