package io.pipelinestudio.runtime.cli;

import io.pipelinestudio.model.Pipeline;
import io.pipelinestudio.runtime.io.UnfinishedOutputs;
import io.pipelinestudio.runtime.run.RunHandle;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * What {@code run} does when it is stopped by a signal (Ctrl+C's SIGINT, or SIGTERM): the JVM runs its
 * shutdown hooks, and this one cancels the job, waits for it a little, removes the half-written
 * {@code .inprogress} files of the CSV sinks (the files under their own names are left as they were), and
 * says so, instead of ending in silence with stray files behind.
 */
final class StopOnSignal implements AutoCloseable {
    /** How long the hook waits for the cancelled job, within what a terminal's patience allows. */
    private static final long WAIT_SECONDS = 5;
    private final Thread hook;

    StopOnSignal(Pipeline bound, RunHandle run, long startedNanos, PrintStream err) {
        this.hook = new Thread(() -> {
            if (run.result().isDone()) {
                return;
            }
            // what is unfinished now, so that the message counts it even if the runner removed it first
            List<Path> unfinished = UnfinishedOutputs.present(bound, null);
            run.cancel();
            try {
                run.result().get(WAIT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException | ExecutionException | TimeoutException e) {
                // the job is going down with the JVM either way; what matters is what is left on disk
            }
            UnfinishedOutputs.remove(bound, null);
            long removed = unfinished.stream().filter(file -> !Files.exists(file)).count();
            err.printf("%s: stopped by a signal after %.2f s; %s%n", bound.name(),
                    (System.nanoTime() - startedNanos) / 1e9, removed == 0
                            ? "no output file was replaced"
                            : "removed " + removed + " unfinished .inprogress file" + (removed == 1 ? "" : "s")
                                    + "; no output file was replaced");
            err.flush();
        }, "stop-on-signal");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** The run ended on its own: the hook has nothing left to do. */
    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is shutting down already, and the hook is running
        }
    }
}
