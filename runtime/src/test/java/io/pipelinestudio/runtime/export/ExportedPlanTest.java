package io.pipelinestudio.runtime.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.pipelinestudio.model.Pipeline;
import io.pipelinestudio.model.json.PipelineJson;
import io.pipelinestudio.model.param.ParameterBinding;
import io.pipelinestudio.model.validate.ExecutionMode;
import io.pipelinestudio.model.validate.PipelineValidator;
import io.pipelinestudio.runtime.compile.CompileOptions;
import io.pipelinestudio.runtime.compile.PipelineCompiler;
import io.pipelinestudio.runtime.compile.PreparedPipeline;
import io.pipelinestudio.runtime.run.InvalidPipelineException;
import io.pipelinestudio.runtime.testing.EveryKindPipeline;
import io.pipelinestudio.runtime.testing.TestFiles;
import java.io.ByteArrayOutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.runtime.jobgraph.JobGraph;
import org.apache.flink.runtime.jobgraph.JobVertex;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.graph.StreamGraph;
import org.apache.flink.streaming.api.graph.StreamNode;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What runs in Pipeline Studio and what the exported project builds are one job: for every example in
 * both modes and for a pipeline of every node kind, the exported project's own sources (its job class and
 * the support code it carries, loaded apart from Pipeline Studio's classes) build the same execution plan
 * as an embedded run: the same operators with the same uids, names and parallelism, chained into the same
 * tasks with the same exchanges between them.
 */
class ExportedPlanTest {
    private static final int PARALLELISM = 2;
    @TempDir
    static Path dir;

    static Stream<Arguments> pipelines() throws Exception {
        List<Arguments> cases = new ArrayList<>();
        try (Stream<Path> examples = Files.list(TestFiles.repositoryRoot().resolve("assets/examples"))) {
            for (Path example : examples.sorted().toList()) {
                for (ExecutionMode mode : ExecutionMode.values()) {
                    Pipeline pipeline = PipelineJson.read(example);
                    // an example reading a live stream runs in BATCH mode once its read is bounded
                    if (mode == ExecutionMode.BATCH && pipeline.parameter("bounded").isPresent()) {
                        pipeline = ParameterBinding.bind(pipeline, Map.of("bounded", "true"));
                    }
                    if (PipelineValidator.validateForRun(pipeline, mode, Map.of()).valid()) {
                        cases.add(Arguments.of(example.getFileName().toString(), pipeline, mode));
                    }
                }
            }
        }
        Pipeline everyKind = new EveryKindPipeline(dir, "plan", true).pipeline;
        cases.add(Arguments.of("every kind", everyKind, ExecutionMode.BATCH));
        cases.add(Arguments.of("every kind", everyKind, ExecutionMode.STREAMING));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} in {2}")
    @MethodSource("pipelines")
    void exportedProjectBuildsTheSamePlanAsAnEmbeddedRun(String name, Pipeline pipeline, ExecutionMode mode)
            throws Exception {
        PreparedPipeline prepared = prepare(pipeline, mode);
        StreamGraph embedded = PipelineCompiler.compile(prepared, CompileOptions.of(PARALLELISM)).streamGraph();

        Path project = JavaProjectExporter.export(prepared, 0, Files.createTempDirectory(dir, "project"));

        assertThat(exportedPlan(project, prepared)).isEqualTo(plan(embedded));
    }

    private static PreparedPipeline prepare(Pipeline pipeline, ExecutionMode mode) throws InvalidPipelineException {
        return PreparedPipeline.prepare(pipeline, mode, Map.of());
    }

    /**
     * Compiles the project's sources and calls its job class's {@code build} with a context made the way its
     * {@code main} makes one, in a class loader that cannot see Pipeline Studio's own classes, and returns
     * its plan (made while that loader is open: the job graph serializes the project's functions).
     */
    private static List<String> exportedPlan(Path project, PreparedPipeline prepared) throws Exception {
        Path classes = Files.createTempDirectory(dir, "classes");
        List<String> sources;
        try (Stream<Path> files = Files.walk(project.resolve("src/main/java"))) {
            sources = files.filter(f -> f.toString().endsWith(".java")).map(Path::toString).toList();
        }
        assertThat(sources).as("the project carries its support code").anyMatch(s -> s.contains("io/pipelinestudio"));
        List<String> arguments = new ArrayList<>(List.of("-proc:none", "-nowarn", "-encoding", "UTF-8", "-d",
                classes.toString(), "-cp", System.getProperty("java.class.path")));
        arguments.addAll(sources);
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        assertThat(compiler.run(null, null, diagnostics, arguments.toArray(String[]::new)))
                .as(diagnostics.toString(StandardCharsets.UTF_8)).isZero();

        ClassLoader withoutStudio = new ClassLoader(ExportedPlanTest.class.getClassLoader()) {
            @Override
            protected Class<?> loadClass(String className, boolean resolve) throws ClassNotFoundException {
                if (className.startsWith("io.pipelinestudio.") || className.startsWith("pipelines.")) {
                    throw new ClassNotFoundException(className);
                }
                return super.loadClass(className, resolve);
            }
        };
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, withoutStudio)) {
            Class<?> main = loader.loadClass(prepared.mainClass().qualifiedName());
            Class<?> context = loader.loadClass("io.pipelinestudio.runtime.job.JobContext");
            assertThat(context.getClassLoader()).isSameAs(loader);
            Object job = context.getMethod("fromArguments", String[].class, Map.class, RuntimeExecutionMode.class,
                    int.class).invoke(null, new String[] {"--parallelism", Integer.toString(PARALLELISM)},
                    prepared.values(), prepared.mode() == ExecutionMode.BATCH
                            ? RuntimeExecutionMode.BATCH : RuntimeExecutionMode.STREAMING, 0);
            Configuration conf = (Configuration) context.getMethod("configuration", String.class)
                    .invoke(job, prepared.jobName());
            main.getMethod("configure", Configuration.class).invoke(null, conf);
            StreamExecutionEnvironment env = new StreamExecutionEnvironment(conf);
            main.getMethod("build", StreamExecutionEnvironment.class, context).invoke(null, env, job);
            StreamGraph graph = env.getStreamGraph();
            graph.setJobName(prepared.jobName());
            return plan(graph);
        }
    }

    /** Every operator (uid, name, parallelism), then every task: its chained operators and its inputs. */
    private static List<String> plan(StreamGraph graph) {
        List<String> lines = new ArrayList<>();
        graph.getStreamNodes().stream()
                .sorted(java.util.Comparator.comparing(n -> String.valueOf(n.getTransformationUID())))
                .forEach((StreamNode n) -> lines.add("operator " + n.getTransformationUID() + " '"
                        + n.getOperatorName() + "' parallelism " + n.getParallelism() + " max "
                        + n.getMaxParallelism()));
        JobGraph job = graph.getJobGraph();
        for (JobVertex task : job.getVerticesSortedTopologicallyFromSources()) {
            StringBuilder line = new StringBuilder("task ").append(task.getID()).append(" '").append(task.getName())
                    .append("' parallelism ").append(task.getParallelism()).append(" operators");
            task.getOperatorIDs().forEach(ids -> line.append(' ').append(ids.getGeneratedOperatorID()));
            task.getInputs().forEach(input -> line.append(" input ").append(input.getSource().getProducer().getID())
                    .append(' ').append(input.getShipStrategyName()));
            lines.add(line.toString());
        }
        return lines;
    }
}
