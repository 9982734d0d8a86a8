package io.pipelinestudio.runtime.compile;

import io.pipelinestudio.runtime.job.JobArguments;
import io.pipelinestudio.runtime.job.JobContext;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * Turns a prepared pipeline into a Flink job by running its generated class: the class is compiled in
 * this process ({@link JobClassCompiler}, kept by source hash), and its {@code build} method adds the
 * operators to a new environment. Generic types are disabled, so a record type that would fall back to
 * Kryo fails the build instead of slowing the job down.
 */
public final class PipelineCompiler {
    private PipelineCompiler() {}

    public static CompiledJob compile(PreparedPipeline prepared, CompileOptions options) {
        JobClassCompiler.CompiledClass jobClass = JobClassCompiler.compile(prepared.mainClass());
        JobContext job = new JobContext(new JobArguments(prepared.mode(), prepared.values(), options.parallelism(),
                options.rejectedPath()), options.taps(), options.lineSources());
        org.apache.flink.configuration.Configuration conf = job.configuration(prepared.jobName());
        jobClass.configure(conf);
        StreamExecutionEnvironment env = new StreamExecutionEnvironment(conf);
        jobClass.build(env, job);
        return new CompiledJob(prepared.jobName(), env, job.rejectedFile());
    }

    /** The class files of a generated job class, by binary name, as a job jar bundles them. */
    public static java.util.Map<String, byte[]> classFiles(JavaSourceGenerator.GeneratedClass mainClass) {
        return JobClassCompiler.compile(mainClass).classFiles();
    }
}
