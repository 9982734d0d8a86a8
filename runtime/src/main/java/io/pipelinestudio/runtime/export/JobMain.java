package io.pipelinestudio.runtime.export;

import io.pipelinestudio.model.Pipeline;
import io.pipelinestudio.model.json.PipelineJson;
import io.pipelinestudio.model.validate.Problem;
import io.pipelinestudio.model.validate.ValidationReport;
import io.pipelinestudio.model.validate.PipelineValidator;
import io.pipelinestudio.runtime.compile.CompileOptions;
import io.pipelinestudio.runtime.compile.CompiledJob;
import io.pipelinestudio.runtime.compile.PipelineCompiler;
import io.pipelinestudio.runtime.compile.TapProvider;
import io.pipelinestudio.runtime.functions.Rejections;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * The entry point of an exported job jar: reads the pipeline embedded in the jar, binds its parameters
 * from the program arguments, validates it and builds the job with the same compiler as the designer's
 * runs, then hands it to the environment Flink provides ({@code flink run}, the REST API, or a local
 * one when started on its own).
 */
public final class JobMain {
    /** Where the exported jar keeps the pipeline. */
    public static final String PIPELINE_RESOURCE = "pipeline-studio/pipeline.json";
    /** Where the exported jar keeps the defaults chosen at export: mode, parallelism, parameters. */
    public static final String DEFAULTS_RESOURCE = "pipeline-studio/job.properties";

    private JobMain() {}

    public static void main(String[] args) throws Exception {
        Pipeline pipeline = PipelineJson.read(resource(PIPELINE_RESOURCE));
        Properties defaults = new Properties();
        defaults.load(new java.io.StringReader(resource(DEFAULTS_RESOURCE)));
        JobArguments arguments = JobArguments.fromProperties(defaults).override(Arrays.asList(args));

        // the environment of the cluster the program was submitted to, or a local one
        StreamExecutionEnvironment cluster = StreamExecutionEnvironment.getExecutionEnvironment();
        CompiledJob job = compile(pipeline, arguments, cluster.getParallelism());
        JobExecutionResult result = cluster.execute(job.streamGraph());
        if (result.isJobExecutionResult()) {
            reportRejected(result);
        }
    }

    /** Validates with the arguments bound and compiles; an invalid pipeline fails with every problem. */
    static CompiledJob compile(Pipeline pipeline, JobArguments arguments, int clusterParallelism) {
        ValidationReport report =
                PipelineValidator.validateForRun(pipeline, arguments.mode(), arguments.parameters());
        if (!report.valid()) {
            throw new IllegalArgumentException("The pipeline '" + pipeline.name() + "' cannot run as given:\n"
                    + report.errors().stream().map(Problem::toString).collect(Collectors.joining("\n")));
        }
        int parallelism = arguments.parallelism() > 0 ? arguments.parallelism() : Math.max(1, clusterParallelism);
        return PipelineCompiler.compile(report, new CompileOptions(arguments.mode(), parallelism,
                arguments.rejectedPath(), TapProvider.NONE, Map.of()));
    }

    private static void reportRejected(JobExecutionResult result) {
        long total = 0;
        StringBuilder perNode = new StringBuilder();
        for (Map.Entry<String, Object> entry : result.getAllAccumulatorResults().entrySet()) {
            String node = Rejections.nodeOfCounter(entry.getKey());
            long count = entry.getValue() instanceof Number ? ((Number) entry.getValue()).longValue() : 0;
            if (node != null && count > 0) {
                total += count;
                perNode.append(perNode.length() == 0 ? "" : ", ").append(node).append(": ").append(count);
            }
        }
        if (total > 0) {
            System.err.println("rejected " + total + " records (" + perNode + ")");
        }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = JobMain.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Expected the resource " + name
                        + " in the job jar but found none; export the pipeline again with ./studio export");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
