package io.pipelinestudio.runtime.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pipelinestudio.model.Pipeline;
import io.pipelinestudio.model.json.PipelineJson;
import io.pipelinestudio.model.validate.ExecutionMode;
import io.pipelinestudio.runtime.compile.JavaSourceGenerator;
import io.pipelinestudio.runtime.compile.PreparedPipeline;
import io.pipelinestudio.runtime.run.PipelineRunner;
import io.pipelinestudio.runtime.run.RunOptions;
import io.pipelinestudio.runtime.run.RunResult;
import io.pipelinestudio.runtime.run.RunState;
import io.pipelinestudio.runtime.testing.EveryKindPipeline;
import io.pipelinestudio.runtime.testing.Prepared;
import io.pipelinestudio.runtime.testing.SharedRunner;
import io.pipelinestudio.runtime.testing.TestFiles;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text from a pipeline file someone else wrote reaches the generated job's source in string literals,
 * line comments and Javadoc. Every way out of those (raw and Unicode-escaped line breaks, NEL and the
 * Unicode separators, a closing comment, a closing quote, backslash runs) is fed through every free-text
 * setting of every node kind; the job must compile without a warning, run, and run nothing but the job.
 */
@ExtendWith(SharedRunner.class)
class HostileTextTest {
    /** What the injected code would do: visible in this process and in the output of a job's own JVM. */
    private static final String PAYLOAD = "System.setProperty(\"pipelinestudio.injected\", \"yes\");"
            + " System.out.println(\"INJECTED-\" + 42);";
    /** Each way out of a comment or a string literal, with the payload behind it. */
    private static final List<String> ESCAPES = List.of(
            "\n" + PAYLOAD + " //",
            "\r" + PAYLOAD + " //",
            "\r\n" + PAYLOAD + " //",
            "\\u000a" + PAYLOAD + " //",
            "\\u000d" + PAYLOAD + " //",
            "\\uuu000a" + PAYLOAD + " //",
            "\\\\\\u000a" + PAYLOAD + " //",
            "\u0085" + PAYLOAD + " //",
            "\u2028" + PAYLOAD + " //",
            "\u2029" + PAYLOAD + " //",
            "*/ " + PAYLOAD + " /*",
            "*\\u002f " + PAYLOAD + " /\\u002a",
            "\" + " + PAYLOAD + " + \"",
            "\u0000\u001b\ufeff end");
    private static final String HOSTILE = String.join(" ", ESCAPES);
    /**
     * The ways out that fit in a file name (no slash, no NUL, short): a folder {@code in*} adds the comment end.
     * No backslash: Flink's file system paths turn it into a separator, so Unicode escapes go in a parameter.
     */
    private static final String IN_FILE_NAMES = "a\nb\rc\u2028d\u2029e\"f\u0085g";
    /** Backslash runs and Unicode escapes for a parameter's value, which lands in a string literal. */
    private static final String BACKSLASHES = "a\\u000ab\\\\\\u000dc\\\" + d";

    @TempDir
    Path dir;

    @Test
    void hostileTextInEverySettingCompilesWithoutWarningsAndRunsNothingButTheJob(PipelineRunner runner)
            throws Exception {
        Pipeline embedded = hostile(new EveryKindPipeline(dir, "embedded", true));
        Pipeline generated = hostile(new EveryKindPipeline(dir, "generated", true));
        PreparedPipeline prepared = Prepared.of(generated, ExecutionMode.BATCH);
        JavaSourceGenerator.GeneratedClass main = prepared.mainClass();
        assertThat(main.source()).contains("pipelinestudio.injected");

        compileWithoutWarnings(main);
        RunResult result = runner.run(embedded, RunOptions.of(ExecutionMode.BATCH));
        assertThat(result.state()).as(String.valueOf(result.failure())).isEqualTo(RunState.FINISHED);
        assertThat(System.getProperty("pipelinestudio.injected")).as("code injected into the run").isNull();

        Path classes = compileWithoutWarnings(main);
        String output = runOwnJvm(classes, main.qualifiedName(), "--mode", "batch", "--parallelism", "2");
        assertThat(output).doesNotContain("INJECTED-42");
        for (String sink : List.of("windows", "totals", "generated", "progress", "predictions", "from-kafka")) {
            assertThat(TestFiles.sortedLines(sinkPath(generated, sink))).as(sink).isNotEmpty()
                    .isEqualTo(TestFiles.sortedLines(sinkPath(embedded, sink)));
        }
    }

    @Test
    void hostileTextIsReallyEverywhere() {
        Pipeline pipeline = hostile(new EveryKindPipeline(dir, "everywhere", true));
        String source = Prepared.of(pipeline, ExecutionMode.BATCH).mainClass().source();

        // in the class Javadoc, in line comments (labels, expressions) and in string literals (paths, names)
        assertThat(source).contains("* The job of the pipeline \"every-kind ")
                .contains("// " + "Positive")
                .contains("keeps the records for which the CEL condition holds")
                .contains("INJECTED-\\\" + 42");
    }

    /**
     * The pipeline with hostile text in its name, description and a parameter, in every node's label, the
     * input file's and every output file's path (a folder named {@code in*} puts a comment end in them),
     * the train node's model path, and inside the string literals of the filter's and the map's expressions.
     */
    private Pipeline hostile(EveryKindPipeline every) {
        ObjectNode tree = PipelineJson.mapper().valueToTree(every.pipeline);
        tree.put("name", "every-kind " + HOSTILE);
        tree.put("description", HOSTILE);
        ObjectNode parameter = ((ArrayNode) tree.withArray("parameters")).addObject();
        parameter.put("name", "note");
        parameter.put("default", IN_FILE_NAMES);
        parameter.put("description", HOSTILE);
        ObjectNode remark = ((ArrayNode) tree.withArray("parameters")).addObject();
        remark.put("name", "remark");
        remark.put("default", BACKSLASHES);
        remark.put("description", HOSTILE);
        Path folder = dir.resolve("in*");
        String fileSafe = IN_FILE_NAMES;
        // the job settings' one text: in a string literal and in a comment of configure()
        ObjectNode job = tree.putObject("job");
        job.put("checkpointIntervalMs", 60_000);
        job.put("checkpointDirectory", folder.resolve("checkpoints " + fileSafe).toString());
        for (Iterator<JsonNode> nodes = tree.withArray("nodes").elements(); nodes.hasNext(); ) {
            ObjectNode node = (ObjectNode) nodes.next();
            String id = node.get("id").asText();
            node.put("label", Character.toUpperCase(id.charAt(0)) + id.substring(1) + " " + HOSTILE);
            switch (node.get("kind").asText()) {
                case "csv-source" -> node.put("path", copyInput(every.input, folder, fileSafe));
                case "csv-sink" -> node.put("path", folder.resolve(id + " ${note} " + fileSafe + " "
                        + Paths.get(node.get("path").asText()).getFileName()).toString());
                case "filter" -> node.put("condition", node.get("condition").asText() + " || key == " + cel(HOSTILE));
                case "map" -> ((ObjectNode) node.withArray("fields").get(1)).put("expression",
                        "true ? \"k-\" + key : " + cel(HOSTILE));
                case "train" -> node.put("modelPath", folder.resolve("model " + fileSafe + ".json").toString());
                case "file-sink" -> node.put("directory", folder.resolve(id + " ${note} " + fileSafe).toString());
                // any text names a consumer group, so the whole hostile text goes in
                case "kafka-source" -> node.put("groupId", "group " + HOSTILE);
                default -> { }
            }
        }
        return PipelineJson.mapper().convertValue(tree, Pipeline.class);
    }

    /** Where a pipeline's CSV sink writes, with its parameters bound. */
    private static Path sinkPath(Pipeline pipeline, String sinkId) throws Exception {
        PreparedPipeline prepared = PreparedPipeline.prepare(pipeline, ExecutionMode.BATCH, Map.of());
        JsonNode node = PipelineJson.mapper().valueToTree(prepared.bound().node(sinkId).orElseThrow());
        return Paths.get(node.get("path").asText());
    }

    private static String copyInput(Path input, Path folder, String fileSafe) {
        try {
            Files.createDirectories(folder);
            Path copy = folder.resolve("orders " + fileSafe + ".txt");
            if (!Files.exists(copy)) {
                Files.copy(input, copy);
            }
            return copy.toString();
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    /** A CEL string literal holding {@code text}: CEL's own escapes for quotes, backslashes and breaks. */
    private static String cel(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\u0000' -> out.append("\\u0000");
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }

    private Path compileWithoutWarnings(JavaSourceGenerator.GeneratedClass main) throws Exception {
        Path source = Files.createTempDirectory(dir, "src").resolve(main.simpleName() + ".java");
        Files.writeString(source, main.source(), StandardCharsets.UTF_8);
        Path classes = Files.createTempDirectory(dir, "classes");
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int code = compiler.run(null, null, diagnostics, "-Xlint:all", "-Werror", "-proc:none", "-encoding", "UTF-8",
                "-d", classes.toString(), "-cp", System.getProperty("java.class.path"), source.toString());
        assertThat(code).as(diagnostics.toString(StandardCharsets.UTF_8) + "\n" + main.source()).isZero();
        return classes;
    }

    private String runOwnJvm(Path classes, String mainClass, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Paths.get(System.getProperty("java.home"), "bin", "java")
                .toString()));
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("--add-opens") || a.startsWith("--add-exports"))
                .forEach(command::add);
        command.addAll(List.of("-cp", classes + File.pathSeparator + System.getProperty("java.class.path"), mainClass));
        command.addAll(List.of(args));
        Path log = dir.resolve("job.log");
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        try {
            assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("the job ended within 180 s").isTrue();
            String output = Files.readString(log);
            assertThat(process.exitValue()).as(output).isZero();
            return output;
        } finally {
            process.destroyForcibly();
        }
    }
}
