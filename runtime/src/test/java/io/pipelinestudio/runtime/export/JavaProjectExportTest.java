package io.pipelinestudio.runtime.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.pipelinestudio.model.Pipeline;
import io.pipelinestudio.model.node.ModelKind;
import io.pipelinestudio.model.node.PredictNode;
import io.pipelinestudio.model.validate.ExecutionMode;
import io.pipelinestudio.model.validate.PipelineValidator;
import io.pipelinestudio.model.validate.ValidationReport;
import io.pipelinestudio.runtime.cli.Cli;
import io.pipelinestudio.runtime.compile.JavaSourceGenerator;
import io.pipelinestudio.runtime.run.PipelineRunner;
import io.pipelinestudio.runtime.run.RunOptions;
import io.pipelinestudio.runtime.testing.EveryKindPipeline;
import io.pipelinestudio.runtime.testing.Prepared;
import io.pipelinestudio.runtime.testing.Runs;
import io.pipelinestudio.runtime.testing.SharedRunner;
import io.pipelinestudio.runtime.testing.TestFiles;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The exported Java project: Maven builds its job jar from public artifacts alone, and its main class writes
 * what the designer's run of the same pipeline writes.
 */
@ExtendWith(SharedRunner.class)
class JavaProjectExportTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"window-count.json", "linear-regression.json", "logistic-regression.json"})
    void exportedProjectBuildsWithoutPipelineStudioArtifactsAndWritesWhatTheEmbeddedRunWrites(String example,
            PipelineRunner runner) throws Exception {
        Pipeline pipeline = OperatorIdentityTest.readExample(example);
        Path project = dir.resolve("project");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Cli.run(new String[] {"export", OperatorIdentityTest.readExamplePath(example), "--format", "java",
            "--out", project.toString()}, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isEqualTo(Cli.OK);

        // as on a machine that never built Pipeline Studio: a local repository without io/pipelinestudio. Not
        // offline, so that plugins this project's own build never needs (the shade plugin) can be downloaded.
        Path repository = repositoryWithout(dir.resolve("repository"), "io", "pipelinestudio");
        run(project, List.of("mvn", "-B", "-q", "-Dmaven.repo.local=" + repository, "package",
                "dependency:build-classpath", "-DincludeScope=provided", "-Dmdep.outputFile=target/flink.classpath"));
        Path jar;
        try (Stream<Path> built = Files.list(project.resolve("target"))) {
            jar = built.filter(f -> f.getFileName().toString().endsWith("-1.0-SNAPSHOT.jar")
                    && !f.getFileName().toString().startsWith("original-")).findFirst().orElseThrow();
        }
        String flink = Files.readString(project.resolve("target/flink.classpath")).strip();
        assertThat(flink).doesNotContain("pipelinestudio");
        String mainClass = Prepared.of(pipeline, ExecutionMode.BATCH).mainClass().qualifiedName();

        for (ExecutionMode mode : ExecutionMode.values()) {
            Map<String, String> embedded = files(pipeline, dir.resolve("embedded-" + mode));
            Runs.finished(runner, pipeline, RunOptions.of(mode).withParallelism(2)
                    .withParameters(embedded));
            // the job jar with Flink alone, as the README runs it: the jar carries everything else
            Map<String, String> generated = files(pipeline, dir.resolve("generated-" + mode));
            List<String> command = new ArrayList<>(List.of(Paths.get(System.getProperty("java.home"), "bin", "java")
                    .toString(), "@jvm.options", "-cp", jar + File.pathSeparator + flink, mainClass,
                    "--mode", mode.name().toLowerCase(java.util.Locale.ROOT), "--parallelism", "2"));
            generated.forEach((name, value) -> command.addAll(List.of("--param", name + "=" + value)));
            run(project, command);

            for (String name : List.of("output", "model")) {
                if (embedded.containsKey(name)) {
                    assertThat(TestFiles.sortedLines(Path.of(generated.get(name)))).as("%s in %s", name, mode)
                            .isNotEmpty().isEqualTo(TestFiles.sortedLines(Path.of(embedded.get(name))));
                }
            }
            Path rejected = Path.of(embedded.get("output") + ".rejected.tsv");
            if (Files.exists(rejected)) {
                assertThat(TestFiles.sortedLines(Path.of(generated.get("output") + ".rejected.tsv")))
                        .as("rejected in %s", mode).isEqualTo(TestFiles.sortedLines(rejected));
            }
        }
    }

    /** The example's parameters for a run writing into {@code folder}: its sample input, its files there. */
    private static Map<String, String> files(Pipeline pipeline, Path folder) {
        Map<String, String> values = new java.util.HashMap<>();
        values.put("input", TestFiles.repositoryRoot().resolve(pipeline.parameters().stream()
                .filter(p -> p.name().equals("input")).findFirst().orElseThrow().defaultValue()).toString());
        values.put("output", folder.resolve("output.csv").toString());
        if (pipeline.parameters().stream().anyMatch(p -> p.name().equals("model"))) {
            values.put("model", folder.resolve("model.json").toString());
        }
        return values;
    }

    @Test
    void everyNodeKindCompilesAndRunsAsEmbedded(PipelineRunner runner) throws Exception {
        // with training: BATCH trains full-batch and deterministically, so both write the same steps and predictions
        EveryKindPipeline embedded = new EveryKindPipeline(dir, "embedded", true);
        EveryKindPipeline generated = new EveryKindPipeline(dir, "generated", true);
        Runs.finished(runner, embedded.pipeline, ExecutionMode.BATCH);
        JavaSourceGenerator.GeneratedClass main = Prepared.of(generated.pipeline, ExecutionMode.BATCH).mainClass();
        Path source = dir.resolve("src").resolve(main.simpleName() + ".java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, main.source());
        Path classes = Files.createDirectories(dir.resolve("classes"));
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int compiled = compiler.run(null, null, diagnostics, "-Xlint:all", "-Werror", "-proc:none", "-d",
                classes.toString(), "-cp", System.getProperty("java.class.path"), source.toString());
        assertThat(compiled).as(diagnostics.toString(StandardCharsets.UTF_8) + "\n" + main.source()).isZero();

        // its own JVM, as the class path of a job's lambdas must be the one Flink loads the job with
        run(dir, javaCommand(classes, main.qualifiedName(), "--mode", "batch", "--parallelism", "2"));

        assertThat(TestFiles.sortedLines(generated.windows)).isNotEmpty().isEqualTo(TestFiles.sortedLines(embedded.windows));
        assertThat(TestFiles.sortedLines(generated.totals)).isNotEmpty().isEqualTo(TestFiles.sortedLines(embedded.totals));
        assertThat(TestFiles.sortedLines(generated.generated)).isEqualTo(TestFiles.sortedLines(embedded.generated));
        assertThat(TestFiles.sortedLines(generated.progress)).isNotEmpty().isEqualTo(TestFiles.sortedLines(embedded.progress));
        assertThat(TestFiles.sortedLines(generated.predictions)).isNotEmpty()
                .isEqualTo(TestFiles.sortedLines(embedded.predictions));
        assertThat(TestFiles.sortedLines(generated.fromKafka)).isNotEmpty()
                .isEqualTo(TestFiles.sortedLines(embedded.fromKafka));
    }

    @Test
    void trainAndPredictNodesShowTheirStatements() {
        Pipeline pipeline = new EveryKindPipeline(dir, "code", true).pipeline;
        ValidationReport report = PipelineValidator.validate(pipeline);

        assertThat(JavaSourceGenerator.forNode(report, "fit"))
                .contains("new ExtractExamples(\"fit\"")
                .contains("new TrainOperator(new TrainNode(\"fit\", \"Fit\", ModelKind.LINEAR_REGRESSION")
                .contains("job.batch()")
                .contains(".setParallelism(1)");
        assertThat(JavaSourceGenerator.forNode(report, "predict"))
                .contains(".broadcast(PredictWithUpdates.MODEL)")
                .contains("new PredictWithUpdates(1, new Prediction(");
        PredictNode fromFile = new PredictNode("predict", "Predict", ModelKind.LINEAR_REGRESSION, List.of("value"),
                "/models/model.json");
        Pipeline withFile = pipeline.withNodes(pipeline.nodes().stream()
                .map(n -> n.id().equals("predict") ? fromFile : n).toList())
                .withEdges(pipeline.edges().stream().filter(e -> !e.toPort().equals(PredictNode.MODEL)).toList());
        assertThat(JavaSourceGenerator.forNode(PipelineValidator.validate(withFile), "predict"))
                .contains("new PredictFromFile(\"predict\", \"/models/model.json\", 1,");
    }

    @Test
    void parametersStayProgramArgumentsWithTheirDefaults() throws Exception {
        JavaSourceGenerator.GeneratedClass main = Prepared.of(OperatorIdentityTest.readExample("window-count.json"),
                ExecutionMode.STREAMING, Map.of("output", "/data/out.csv")).mainClass();

        assertThat(main.qualifiedName()).isEqualTo("pipelines.WindowCountJob");
        assertThat(main.source())
                .contains("DEFAULTS.put(\"input\", \"assets/data/window-count-sample.csv\");")
                .contains("DEFAULTS.put(\"output\", \"/data/out.csv\");")
                .contains("new Path(job.parameter(\"input\"))")
                .contains("new LineFileSink<Row>(job.parameter(\"output\"), null")
                .contains("job.rejectedFile(job.parameter(\"output\") + \".rejected.tsv\")")
                .contains("JobContext.fromArguments(args, DEFAULTS, RuntimeExecutionMode.STREAMING, 0)")
                .doesNotContain("${");
    }

    @Test
    void eachNodeShowsTheStatementsItContributes() {
        Pipeline pipeline = OperatorIdentityTest.readExample("window-count.json");
        ValidationReport report = PipelineValidator.validate(pipeline);

        String window = JavaSourceGenerator.forNode(report, "count");
        String source = JavaSourceGenerator.forNode(report, "events");

        assertThat(window).startsWith("// Count per 10 s (window-aggregate 'count')\n")
                .contains(".window(TumblingEventTimeWindows.of(Duration.ofMillis(10000L)))")
                .contains("countPartials = eventTime\n").contains(".transform(\"Count per 10 s (pre-aggregate)\"")
                .contains("new PreAggregateOperator(new KeyFields(new int[] {0}), countAggregates, 10000L)")
                .contains("new PartialAggregates.Merge(countAggregates)")
                .contains(".uid(\"count/pre-aggregate\")")
                .contains(".uid(\"count\")")
                .contains(".uid(\"count/late\")");
        assertThat(source).contains("new Path(job.parameter(\"input\"))").contains(".uid(\"events/read\")");
        assertThat(JavaSourceGenerator.forNode(report, "nope")).startsWith("// no node 'nope'");
    }

    @Test
    void nodeOfAnUnfinishedPipelineSaysWhyItHasNoCode() {
        Pipeline pipeline = OperatorIdentityTest.readExample("window-count.json");
        // without its key-by, the window has no keyed input
        Pipeline broken = pipeline.withEdges(pipeline.edges().stream().filter(e -> !e.to().equals("by-key")).toList());
        ValidationReport report = PipelineValidator.validate(broken);

        assertThat(JavaSourceGenerator.forNode(report, "count")).startsWith("// count: no code yet: ");
        assertThat(JavaSourceGenerator.forNode(report, "events")).contains("new ParseLinesFunction(\"events\"");
    }

    /** A JVM running {@code mainClass} from {@code classes} with this test's class path (the runtime and Flink). */
    private static List<String> javaCommand(Path classes, String mainClass, String... args) {
        List<String> java = new ArrayList<>(List.of(Paths.get(System.getProperty("java.home"), "bin", "java").toString()));
        java.addAll(flinkJvmOptions());
        java.addAll(List.of("-cp", classes + File.pathSeparator + System.getProperty("java.class.path"), mainClass));
        java.addAll(List.of(args));
        return java;
    }

    private static List<String> flinkJvmOptions() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("--add-opens") || a.startsWith("--add-exports"))
                .toList();
    }

    /**
     * A view of the user's local Maven repository without the folder {@code first/second}: links to every
     * other entry, so that what Maven downloads through it lands in the real repository.
     */
    private static Path repositoryWithout(Path view, String first, String second) throws Exception {
        Path real = Paths.get(System.getProperty("user.home"), ".m2", "repository");
        Files.createDirectories(real);
        Files.createDirectories(view.resolve(first));
        try (Stream<Path> entries = Files.list(real)) {
            for (Path entry : entries.toList()) {
                if (!entry.getFileName().toString().equals(first)) {
                    Files.createSymbolicLink(view.resolve(entry.getFileName().toString()), entry);
                }
            }
        }
        if (Files.isDirectory(real.resolve(first))) {
            try (Stream<Path> entries = Files.list(real.resolve(first))) {
                for (Path entry : entries.toList()) {
                    if (!entry.getFileName().toString().equals(second)) {
                        Files.createSymbolicLink(view.resolve(first).resolve(entry.getFileName().toString()), entry);
                    }
                }
            }
        }
        return view;
    }

    private static void run(Path workingDir, List<String> command) throws Exception {
        Path log = Files.createTempFile("pipeline-studio-export-", ".log");
        Process process = new ProcessBuilder(command).directory(workingDir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        try {
            boolean ended = process.waitFor(300, TimeUnit.SECONDS);
            assertThat(ended).as("%s ended within 300 s", command.get(0)).isTrue();
            assertThat(process.exitValue()).as("%s failed:\n%s", String.join(" ", command), Files.readString(log))
                    .isZero();
        } finally {
            process.destroyForcibly();
            Files.deleteIfExists(log);
        }
    }
}
