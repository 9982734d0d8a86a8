package io.pipelinestudio.runtime.run;

import io.pipelinestudio.model.validate.ExecutionMode;
import java.nio.file.Path;
import java.util.Map;

/**
 * How to run a pipeline: the mode, values for its {@code ${...}} parameters, the parallelism (0: the
 * runner's default), where rejected records go (null: next to the first CSV sink's file), and who
 * listens.
 */
public record RunOptions(ExecutionMode mode, Map<String, String> parameters, int parallelism, Path rejectedPath,
        RunListener listener) {
    public RunOptions {
        parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
        listener = listener == null ? RunListener.NONE : listener;
        if (mode == null) {
            throw new IllegalArgumentException("Expected an execution mode but found none");
        }
    }

    public static RunOptions of(ExecutionMode mode) {
        return new RunOptions(mode, Map.of(), 0, null, RunListener.NONE);
    }

    public RunOptions withParameters(Map<String, String> values) {
        return new RunOptions(mode, values, parallelism, rejectedPath, listener);
    }

    public RunOptions withListener(RunListener newListener) {
        return new RunOptions(mode, parameters, parallelism, rejectedPath, newListener);
    }

    public RunOptions withParallelism(int newParallelism) {
        return new RunOptions(mode, parameters, newParallelism, rejectedPath, listener);
    }

    public RunOptions withRejectedPath(Path path) {
        return new RunOptions(mode, parameters, parallelism, path, listener);
    }
}
