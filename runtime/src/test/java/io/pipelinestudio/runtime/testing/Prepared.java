package io.pipelinestudio.runtime.testing;

import io.pipelinestudio.model.Pipeline;
import io.pipelinestudio.model.validate.ExecutionMode;
import io.pipelinestudio.runtime.compile.PreparedPipeline;
import io.pipelinestudio.runtime.run.InvalidPipelineException;
import java.util.Map;

/** Prepares a test's pipeline, failing the test with every problem when it is not valid. */
public final class Prepared {
    private Prepared() {}

    public static PreparedPipeline of(Pipeline pipeline, ExecutionMode mode) {
        return of(pipeline, mode, Map.of());
    }

    public static PreparedPipeline of(Pipeline pipeline, ExecutionMode mode, Map<String, String> parameters) {
        try {
            return PreparedPipeline.prepare(pipeline, mode, parameters);
        } catch (InvalidPipelineException e) {
            throw new AssertionError("Expected a valid pipeline but found:\n" + e.getMessage(), e);
        }
    }
}
