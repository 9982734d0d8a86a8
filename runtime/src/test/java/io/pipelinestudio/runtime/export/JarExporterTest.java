package io.pipelinestudio.runtime.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pipelinestudio.model.Pipeline;
import io.pipelinestudio.model.json.PipelineJson;
import io.pipelinestudio.model.validate.ExecutionMode;
import io.pipelinestudio.runtime.run.InvalidPipelineException;
import io.pipelinestudio.runtime.testing.NodeFixtures;
import io.pipelinestudio.runtime.testing.PipelineBuilder;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
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
        JarExporter.export(OperatorIdentityTest.readExample("window-count.json"),
                JobArguments.of(ExecutionMode.STREAMING, Map.of("output", "/data/counts.csv"), 3), jar);
        try (JarFile file = new JarFile(jar.toFile())) {
            entries = Collections.list(file.entries()).stream().map(e -> e.getName()).toList();
        }
    }

    @Test
    void jarStartsJobMainWithThePipelineAndTheDefaultsInside() throws Exception {
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest manifest = file.getManifest();
            assertThat(manifest.getMainAttributes().getValue("Main-Class")).isEqualTo(JobMain.class.getName());
            assertThat(manifest.getMainAttributes().getValue("Flink-Version")).isEqualTo("2.3.0");
            Pipeline embedded = PipelineJson.read(new String(
                    file.getInputStream(file.getEntry(JobMain.PIPELINE_RESOURCE)).readAllBytes(), StandardCharsets.UTF_8));
            assertThat(embedded).isEqualTo(OperatorIdentityTest.readExample("window-count.json"));
            Properties defaults = new Properties();
            defaults.load(new StringReader(new String(file.getInputStream(file.getEntry(JobMain.DEFAULTS_RESOURCE))
                    .readAllBytes(), StandardCharsets.UTF_8)));
            assertThat(JobArguments.fromProperties(defaults))
                    .isEqualTo(JobArguments.of(ExecutionMode.STREAMING, Map.of("output", "/data/counts.csv"), 3));
        }
    }

    @Test
    void jarBundlesTheModelRuntimeAndTheirLibrariesButNotFlink() {
        assertThat(entries).contains("io/pipelinestudio/runtime/export/JobMain.class",
                "io/pipelinestudio/runtime/functions/ParseLinesFunction.class",
                "io/pipelinestudio/model/Pipeline.class",
                "com/fasterxml/jackson/databind/ObjectMapper.class",
                "dev/cel/runtime/CelRuntime.class",
                "com/google/protobuf/Message.class",
                "com/google/common/collect/ImmutableList.class",
                "org/antlr/v4/runtime/Parser.class",
                "com/google/re2j/Pattern.class");
        assertThat(entries).noneMatch(e -> e.startsWith("org/apache/flink/"))
                .noneMatch(e -> e.startsWith("org/slf4j/") || e.startsWith("org/apache/logging/"))
                .noneMatch(e -> e.startsWith("javafx/") || e.startsWith("org/jfree/"))
                .noneMatch(e -> e.equals("log4j2.xml"))
                .noneMatch(e -> e.endsWith(".SF") || e.endsWith(".RSA") || e.endsWith("module-info.class"));
        assertThat(entries).doesNotHaveDuplicates();
    }

    @Test
    void exportingTwiceWritesTheSameBytes() throws Exception {
        Path again = dir.resolve("again.jar");
        JarExporter.export(OperatorIdentityTest.readExample("window-count.json"),
                JobArguments.of(ExecutionMode.STREAMING, Map.of("output", "/data/counts.csv"), 3), again);

        assertThat(Files.mismatch(jar, again)).isEqualTo(-1L);
    }

    @Test
    void invalidPipelineIsRefusedBeforeAnyJarIsWritten() {
        Path target = dir.resolve("invalid.jar");
        Pipeline unbounded = PipelineBuilder.chain("endless", NodeFixtures.generator("gen", null, 0),
                NodeFixtures.consoleSink("print"));

        // an unbounded source cannot run in BATCH mode
        assertThatThrownBy(() -> JarExporter.export(unbounded, JobArguments.of(ExecutionMode.BATCH, Map.of(), 0), target))
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
