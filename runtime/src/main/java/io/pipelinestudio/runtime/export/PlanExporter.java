package io.pipelinestudio.runtime.export;

import io.pipelinestudio.runtime.compile.CompileOptions;
import io.pipelinestudio.runtime.compile.CompiledJob;
import io.pipelinestudio.runtime.compile.PipelineCompiler;
import io.pipelinestudio.runtime.compile.PreparedPipeline;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Flink's execution plan of a pipeline's job, as JSON in the format Flink's plan visualizer reads
 * ({@code StreamExecutionEnvironment#getExecutionPlan}), built by the same job class as every run.
 */
public final class PlanExporter {
    private PlanExporter() {}

    /** The plan at {@code parallelism} (0: 1, as a plan needs a number). */
    public static String plan(PreparedPipeline prepared, int parallelism) {
        CompiledJob job = PipelineCompiler.compile(prepared, CompileOptions.of(parallelism > 0 ? parallelism : 1));
        return job.env().getExecutionPlan();
    }

    public static void write(PreparedPipeline prepared, int parallelism, Path out) throws IOException {
        String plan = plan(prepared, parallelism);
        Path target = out.toAbsolutePath();
        if (target.getParent() != null) {
            Files.createDirectories(target.getParent());
        }
        Files.writeString(target, plan.endsWith("\n") ? plan : plan + "\n", StandardCharsets.UTF_8);
    }
}
