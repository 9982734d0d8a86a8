package io.pipelinestudio.app.run;

import io.pipelinestudio.app.concurrent.BackgroundThreads;
import io.pipelinestudio.runtime.run.PipelineRunner;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * The one pipeline runner of this process, whose embedded Flink cluster starts in the background as
 * soon as the designer asks for it and is reused by every run (and every window of a test suite).
 */
public final class SharedRunner {
    private static final Executor BACKGROUND = BackgroundThreads.single("flink-cluster-start");
    private static CompletableFuture<PipelineRunner> runner;
    private static long requestedNanos;
    private static volatile long readyNanos;

    private SharedRunner() {}

    /** The runner with its cluster started; creating and starting both happen off the caller's thread. */
    public static synchronized CompletableFuture<PipelineRunner> get() {
        if (runner == null) {
            requestedNanos = System.nanoTime();
            // loading Flink's classes alone takes a while: not on the FX thread
            runner = CompletableFuture.supplyAsync(() -> {
                PipelineRunner created = new PipelineRunner();
                created.warmUp().join();
                readyNanos = System.nanoTime();
                return created;
            }, BACKGROUND);
        }
        return runner;
    }

    /** How long the cluster took to start, in milliseconds; -1 while it is starting. */
    public static synchronized long startupMillis() {
        return readyNanos == 0 ? -1 : (readyNanos - requestedNanos) / 1_000_000;
    }

    /** Stops the cluster when the application ends; waits at most a few seconds. */
    public static synchronized void close() {
        if (runner != null && runner.isDone() && !runner.isCompletedExceptionally()) {
            try {
                runner.join().close();
            } catch (Exception e) {
                // the process is ending anyway
            }
        }
        runner = null;
    }
}
