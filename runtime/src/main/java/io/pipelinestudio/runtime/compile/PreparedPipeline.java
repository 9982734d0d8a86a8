package io.pipelinestudio.runtime.compile;

import io.pipelinestudio.model.Pipeline;
import io.pipelinestudio.model.param.ParameterBinding;
import io.pipelinestudio.model.validate.ExecutionMode;
import io.pipelinestudio.model.validate.PipelineValidator;
import io.pipelinestudio.model.validate.ValidationReport;
import io.pipelinestudio.runtime.run.InvalidPipelineException;
import java.util.Map;

/**
 * A pipeline ready to become a job: validated for one execution mode with its parameters bound. It is
 * the only input of compiling, running, exporting and submitting, so the check "valid, or every problem
 * named on its node" happens once, here, before anything runs or is written.
 */
public final class PreparedPipeline {
    private final Pipeline pipeline;
    private final ExecutionMode mode;
    private final Map<String, String> given;
    private final ValidationReport report;
    private final Map<Integer, JavaSourceGenerator.GeneratedClass> mainClasses = new java.util.HashMap<>();

    private PreparedPipeline(Pipeline pipeline, ExecutionMode mode, Map<String, String> given,
            ValidationReport report) {
        this.pipeline = pipeline;
        this.mode = mode;
        this.given = given;
        this.report = report;
    }

    /** Binds {@code parameters} over the declared defaults and validates; throws with every problem found. */
    public static PreparedPipeline prepare(Pipeline pipeline, ExecutionMode mode, Map<String, String> parameters)
            throws InvalidPipelineException {
        Map<String, String> given = parameters == null ? Map.of() : Map.copyOf(parameters);
        ValidationReport report = PipelineValidator.validateForRun(pipeline, mode, given);
        if (!report.valid()) {
            throw new InvalidPipelineException(report.errors());
        }
        return new PreparedPipeline(pipeline, mode, given, report);
    }

    /** The pipeline as written, placeholders and all. */
    public Pipeline pipeline() {
        return pipeline;
    }

    /** The pipeline with its parameters bound, as it runs. */
    public Pipeline bound() {
        return report.pipeline();
    }

    /** The validation of the bound pipeline: schemas of every port, the order of the nodes. */
    public ValidationReport report() {
        return report;
    }

    public ExecutionMode mode() {
        return mode;
    }

    /** The parameter values given (not the defaults). */
    public Map<String, String> parameters() {
        return given;
    }

    /** Every parameter's value: the given ones over the declared defaults. */
    public Map<String, String> values() {
        return ParameterBinding.effectiveValues(pipeline, given);
    }

    public String jobName() {
        return JavaTranslation.jobName(pipeline);
    }

    /** The generated job class as runs use it: the parallelism comes from each run. */
    public JavaSourceGenerator.GeneratedClass mainClass() {
        return mainClass(0);
    }

    /** The generated job class, with a default parallelism for its program arguments (0: the cluster's). */
    public synchronized JavaSourceGenerator.GeneratedClass mainClass(int defaultParallelism) {
        return mainClasses.computeIfAbsent(defaultParallelism, p -> JavaSourceGenerator.mainClass(this, p));
    }
}
