package io.pipelinestudio.runtime.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pipelinestudio.model.Pipeline;
import io.pipelinestudio.model.json.PipelineJson;
import io.pipelinestudio.model.validate.ExecutionMode;
import io.pipelinestudio.runtime.cli.Cli;
import io.pipelinestudio.runtime.compile.PreparedPipeline;
import io.pipelinestudio.runtime.job.JobArguments;
import io.pipelinestudio.runtime.run.InvalidPipelineException;
import io.pipelinestudio.runtime.testing.NodeFixtures;
import io.pipelinestudio.runtime.testing.PipelineBuilder;
import io.pipelinestudio.runtime.testing.Prepared;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job jar: its entry point, the embedded pipeline and defaults, and exactly the libraries the job needs. */
class JarExporterTest {
    @TempDir
    static Path dir;
    private static Path jar;
    private static List<String> entries;

    @BeforeAll
    static void export() throws Exception {
        jar = dir.resolve("out/window-count.jar");
        JarExporter.export(windowCount(), 3, jar);
        try (JarFile file = new JarFile(jar.toFile())) {
            entries = Collections.list(file.entries()).stream().map(e -> e.getName()).toList();
        }
    }

    private static PreparedPipeline windowCount() {
        return Prepared.of(OperatorIdentityTest.readExample("window-count.json"), ExecutionMode.STREAMING,
                Map.of("output", "/data/counts.csv"));
    }

    @Test
    void jarStartsTheGeneratedJobClassWithTheExportDefaultsAndThePipelineInside() throws Exception {
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest manifest = file.getManifest();
            assertThat(manifest.getMainAttributes().getValue("Main-Class")).isEqualTo("pipelines.WindowCountJob");
            assertThat(manifest.getMainAttributes().getValue("Flink-Version")).isEqualTo("2.3.0");
            assertThat(file.getEntry("pipelines/WindowCountJob.class")).isNotNull();
            Pipeline embedded = PipelineJson.read(new String(
                    file.getInputStream(file.getEntry(JarExporter.PIPELINE_RESOURCE)).readAllBytes(), StandardCharsets.UTF_8));
            assertThat(embedded).isEqualTo(OperatorIdentityTest.readExample("window-count.json"));
        }
        // the class in the jar is compiled from this source: the export's values are its defaults
        assertThat(windowCount().mainClass(3).source())
                .contains("DEFAULTS.put(\"output\", \"/data/counts.csv\");")
                .contains("DEFAULTS.put(\"input\", \"assets/data/window-count-sample.csv\");")
                .contains("JobContext.fromArguments(args, DEFAULTS, RuntimeExecutionMode.STREAMING, 3)");
    }

    @Test
    void jarBundlesTheModelRuntimeAndTheirLibrariesButNotFlink() throws Exception {
        Set<String> kafkaConnector = new HashSet<>();
        Path connectorJar = Path.of(org.apache.flink.connector.kafka.source.KafkaSource.class.getProtectionDomain()
                .getCodeSource().getLocation().toURI());
        try (JarFile connector = new JarFile(connectorJar.toFile())) {
            connector.stream().forEach(entry -> kafkaConnector.add(entry.getName()));
        }
        assertThat(entries).contains("pipelines/WindowCountJob.class",
                "io/pipelinestudio/runtime/job/JobContext.class",
                "io/pipelinestudio/runtime/functions/ParseLinesFunction.class",
                "io/pipelinestudio/model/Pipeline.class",
                "com/fasterxml/jackson/databind/ObjectMapper.class",
                "dev/cel/runtime/CelRuntime.class",
                "com/google/protobuf/Message.class",
                "com/google/common/collect/ImmutableList.class",
                "org/antlr/v4/runtime/Parser.class",
                "com/google/re2j/Pattern.class",
                // released apart from Flink, so no cluster has them
                "org/apache/flink/connector/kafka/source/KafkaSource.class",
                "org/apache/kafka/clients/consumer/KafkaConsumer.class");
        assertThat(entries).noneMatch(e -> e.startsWith("org/apache/flink/") && !kafkaConnector.contains(e))
                .noneMatch(e -> e.startsWith("org/slf4j/") || e.startsWith("org/apache/logging/"))
                .noneMatch(e -> e.startsWith("javafx/") || e.startsWith("org/jfree/"))
                .noneMatch(e -> e.equals("log4j2.xml"))
                .noneMatch(e -> e.endsWith(".SF") || e.endsWith(".RSA") || e.endsWith("module-info.class"));
        assertThat(entries).doesNotHaveDuplicates();
    }

    @Test
    void exportingTwiceWritesTheSameBytes() throws Exception {
        Path again = dir.resolve("again.jar");
        JarExporter.export(windowCount(), 3, again);

        assertThat(Files.mismatch(jar, again)).isEqualTo(-1L);
    }

    @Test
    void invalidPipelineIsRefusedBeforeAnyJarIsWritten() {
        Path target = dir.resolve("invalid.jar");
        Pipeline unbounded = PipelineBuilder.chain("endless", NodeFixtures.generator("gen", null, 0),
                NodeFixtures.consoleSink("print"));

        Path file = dir.resolve("endless.json");
        try {
            Files.writeString(file, PipelineJson.write(unbounded));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();

        // an unbounded source cannot run in BATCH mode; a jar is written only from a prepared pipeline
        int code = Cli.run(new String[] {"export", file.toString(), "--format", "jar", "--mode", "batch", "--out",
            target.toString()}, new java.io.PrintStream(new java.io.ByteArrayOutputStream()),
                new java.io.PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(Cli.INVALID);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("gen: ");
        assertThatThrownBy(() -> PreparedPipeline.prepare(unbounded, ExecutionMode.BATCH, Map.of()))
                .isInstanceOf(InvalidPipelineException.class)
                .hasMessageStartingWith("gen: ");
        assertThat(target).doesNotExist();
    }

    @Test
    void programArgumentsOverrideTheDefaults() {
        JobArguments defaults = JobArguments.of(ExecutionMode.STREAMING, Map.of("input", "a", "output", "b"), 2);

        JobArguments given = defaults.override(List.of("--param", "input=x=y", "--mode=batch", "--parallelism", "4"));

        assertThat(given).isEqualTo(JobArguments.of(ExecutionMode.BATCH, Map.of("input", "x=y", "output", "b"), 4));
        assertThatThrownBy(() -> defaults.override(List.of("--paralelism", "4")))
                .hasMessageContaining("unknown argument '--paralelism'");
        assertThatThrownBy(() -> defaults.override(List.of("--param", "novalue")))
                .hasMessageContaining("--param expects NAME=VALUE but got 'novalue'");
        assertThatThrownBy(() -> defaults.override(List.of("--mode", "sideways")))
                .hasMessageContaining("unknown mode 'sideways'");
    }
}
