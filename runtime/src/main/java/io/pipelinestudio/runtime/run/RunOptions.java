package io.pipelinestudio.runtime.run;

import io.pipelinestudio.model.validate.ExecutionMode;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import io.pipelinestudio.runtime.pace.RunPace;

/**
 * How to run a pipeline: the mode, values for its {@code ${...}} parameters, the parallelism (0: the
 * runner's default), where rejected records go (null: next to the first CSV sink's file), who listens,
 * which node outputs the listener watches besides the sinks (ids of nodes; all their output ports), and the
 * pace the person sets while it runs (null: full speed, no pausing).
 */
public record RunOptions(ExecutionMode mode, Map<String, String> parameters, int parallelism, Path rejectedPath,
        RunListener listener, Set<String> watched, RunPace pace) {
    public RunOptions {
        parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
        watched = watched == null ? Set.of() : Set.copyOf(watched);
        listener = listener == null ? RunListener.NONE : listener;
        if (mode == null) {
            throw new IllegalArgumentException("Expected an execution mode but found none");
        }
    }

    public RunOptions(ExecutionMode mode, Map<String, String> parameters, int parallelism, Path rejectedPath,
            RunListener listener) {
        this(mode, parameters, parallelism, rejectedPath, listener, Set.of(), null);
    }

    public static RunOptions of(ExecutionMode mode) {
        return new RunOptions(mode, Map.of(), 0, null, RunListener.NONE, Set.of(), null);
    }

    /** Plays the run at this pace, which the person may change, pause and resume while it runs. */
    public RunOptions withPace(RunPace newPace) {
        return new RunOptions(mode, parameters, parallelism, rejectedPath, listener, watched, newPace);
    }

    /** Also hands the listener every record leaving these nodes, through {@link RunListener#onOutput}. */
    public RunOptions withWatched(Set<String> nodeIds) {
        return new RunOptions(mode, parameters, parallelism, rejectedPath, listener, nodeIds, pace);
    }

    public RunOptions withParameters(Map<String, String> values) {
        return new RunOptions(mode, values, parallelism, rejectedPath, listener, watched, pace);
    }

    public RunOptions withListener(RunListener newListener) {
        return new RunOptions(mode, parameters, parallelism, rejectedPath, newListener, watched, pace);
    }

    public RunOptions withParallelism(int newParallelism) {
        return new RunOptions(mode, parameters, newParallelism, rejectedPath, listener, watched, pace);
    }

    public RunOptions withRejectedPath(Path path) {
        return new RunOptions(mode, parameters, parallelism, path, listener, watched, pace);
    }
}
