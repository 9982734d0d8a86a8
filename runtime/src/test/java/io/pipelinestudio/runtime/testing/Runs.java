package io.pipelinestudio.runtime.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.pipelinestudio.model.Pipeline;
import io.pipelinestudio.model.validate.ExecutionMode;
import io.pipelinestudio.runtime.run.InvalidPipelineException;
import io.pipelinestudio.runtime.run.PipelineRunner;
import io.pipelinestudio.runtime.run.RunOptions;
import io.pipelinestudio.runtime.run.RunResult;
import io.pipelinestudio.runtime.run.RunState;

/** Runs a test pipeline to its end on the shared runner. */
public final class Runs {
    private Runs() {}

    public static RunResult run(PipelineRunner runner, Pipeline pipeline, RunOptions options) {
        try {
            return runner.run(pipeline, options);
        } catch (InvalidPipelineException e) {
            throw new AssertionError("Expected a valid pipeline but found:\n" + e.getMessage(), e);
        }
    }

    /** Runs and asserts the run finished, showing the failure when it did not. */
    public static RunResult finished(PipelineRunner runner, Pipeline pipeline, RunOptions options) {
        RunResult result = run(runner, pipeline, options);
        assertThat(result.state())
                .as("run of %s in %s: %s", pipeline.name(), options.mode(),
                        result.failure() == null ? "" : result.failure().stackTrace())
                .isEqualTo(RunState.FINISHED);
        return result;
    }

    public static RunResult finished(PipelineRunner runner, Pipeline pipeline, ExecutionMode mode) {
        return finished(runner, pipeline, RunOptions.of(mode));
    }
}
