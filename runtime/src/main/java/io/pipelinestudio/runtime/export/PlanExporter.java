package io.pipelinestudio.runtime.export;

import io.pipelinestudio.model.Pipeline;
import io.pipelinestudio.model.validate.PipelineValidator;
import io.pipelinestudio.model.validate.ValidationReport;
import io.pipelinestudio.runtime.compile.CompileOptions;
import io.pipelinestudio.runtime.compile.CompiledJob;
import io.pipelinestudio.runtime.compile.PipelineCompiler;
import io.pipelinestudio.runtime.run.InvalidPipelineException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Flink's execution plan of a pipeline's job, as JSON in the format Flink's plan visualizer reads
 * ({@code StreamExecutionEnvironment#getExecutionPlan}), built by the same compiler as every run.
 */
public final class PlanExporter {
    private PlanExporter() {}

    public static String plan(Pipeline pipeline, JobArguments arguments) throws InvalidPipelineException {
        ValidationReport report =
                PipelineValidator.validateForRun(pipeline, arguments.mode(), arguments.parameters());
        if (!report.valid()) {
            throw new InvalidPipelineException(report.errors());
        }
        int parallelism = arguments.parallelism() > 0 ? arguments.parallelism() : 1;
        CompiledJob job = PipelineCompiler.compile(report, CompileOptions.of(arguments.mode(), parallelism)
                .withRejectedPath(arguments.rejectedPath()));
        return job.env().getExecutionPlan();
    }

    public static void write(Pipeline pipeline, JobArguments arguments, Path out)
            throws IOException, InvalidPipelineException {
        String plan = plan(pipeline, arguments);
        Path target = out.toAbsolutePath();
        if (target.getParent() != null) {
            Files.createDirectories(target.getParent());
        }
        Files.writeString(target, plan.endsWith("\n") ? plan : plan + "\n", StandardCharsets.UTF_8);
    }
}
