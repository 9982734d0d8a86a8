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

    /**
     * The event-time watermark each parallel instance of each node's task has received (instance 0 first;
     * {@link Long#MIN_VALUE} for one that has none yet), for nodes whose task has reported it; empty before
     * the job runs and after it ends. Blocks for a few local HTTP calls: call it off the UI thread.
     */
    default java.util.Map<String, java.util.List<Long>> watermarks() {
        return java.util.Map.of();
    }
}
