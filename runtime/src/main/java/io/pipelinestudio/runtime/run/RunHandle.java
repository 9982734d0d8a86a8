package io.pipelinestudio.runtime.run;

import java.util.concurrent.CompletableFuture;

/** A run under way: its current state, a way to cancel it, and its result when it ends. */
public interface RunHandle {
    String runId();

    RunState state();

    CompletableFuture<RunResult> result();

    /** Asks the job to stop; the result completes with {@link RunState#CANCELED}. */
    void cancel();

    /**
     * How busy or backpressured the task of each node is now, for nodes whose task has reported it (Flink
     * refreshes these figures about once a second); empty before the job runs and after it ends. Blocks
     * for a few local HTTP calls: call it off the UI thread.
     */
    default java.util.Map<String, NodeLoad> load() {
        return java.util.Map.of();
    }
}
