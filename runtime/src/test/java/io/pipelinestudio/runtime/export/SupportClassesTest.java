package io.pipelinestudio.runtime.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.pipelinestudio.model.validate.ExecutionMode;
import io.pipelinestudio.runtime.compile.PreparedPipeline;
import io.pipelinestudio.runtime.functions.RowAggregator;
import io.pipelinestudio.runtime.testing.EveryKindPipeline;
import io.pipelinestudio.runtime.testing.Prepared;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The Pipeline Studio classes an exported project carries as sources, and the libraries its pom names. */
class SupportClassesTest {
    private static final ClassLoader LOADER = SupportClassesTest.class.getClassLoader();

    @TempDir
    Path dir;

    @Test
    void closureSourcesCompileWithoutPipelineStudioOnTheClassPath() throws Exception {
        Set<String> closure = SupportClasses.closure(List.of(RowAggregator.class.getName()), LOADER);

        assertThat(closure).contains("io/pipelinestudio/runtime/functions/RowAggregator")
                .allSatisfy(name -> assertThat(name).startsWith("io/pipelinestudio/").doesNotContain("$"));
        Path sources = dir.resolve("src");
        for (String name : closure) {
            Path file = sources.resolve(name + ".java");
            Files.createDirectories(file.getParent());
            Files.writeString(file, SupportClasses.source(name, LOADER));
        }
        // complete exactly when javac finds every Pipeline Studio class among these sources
        String libraries = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !Files.isDirectory(Path.of(entry)))
                .collect(Collectors.joining(File.pathSeparator));
        List<String> arguments = new ArrayList<>(List.of("-proc:none", "-nowarn", "-d",
                Files.createDirectories(dir.resolve("classes")).toString(), "-cp", libraries));
        try (Stream<Path> files = Files.walk(sources)) {
            files.filter(Files::isRegularFile).forEach(file -> arguments.add(file.toString()));
        }
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int compiled = ToolProvider.getSystemJavaCompiler().run(null, null, diagnostics, arguments.toArray(String[]::new));

        assertThat(compiled).as(diagnostics.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(dir.resolve("classes/io/pipelinestudio/runtime/functions/RowAggregator.class")).exists();
    }

    @Test
    void nestedClassCountsAsItsTopLevelClass() {
        Set<String> closure = SupportClasses.closure(List.of("io.pipelinestudio.runtime.compile.JavaSourceGenerator$GeneratedClass"),
                LOADER);

        assertThat(closure).contains("io/pipelinestudio/runtime/compile/JavaSourceGenerator")
                .noneMatch(name -> name.contains("$"));
    }

    @Test
    void exportedPomNamesPublicArtifactsOnlyWithFlinkProvided() throws Exception {
        // every kind of node, so that the pom names what every kind's support code needs
        PreparedPipeline prepared = Prepared.of(new EveryKindPipeline(dir, "pom", true).pipeline,
                ExecutionMode.STREAMING);
        Path project = JavaProjectExporter.export(prepared, 0, dir.resolve("project"));

        Element pom = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(project.resolve("pom.xml").toFile()).getDocumentElement();
        NodeList dependencies = ((Element) pom.getElementsByTagName("dependencies").item(0))
                .getElementsByTagName("dependency");
        Map<String, String> scopes = new HashMap<>();
        for (int i = 0; i < dependencies.getLength(); i++) {
            Element dependency = (Element) dependencies.item(i);
            String scope = dependency.getElementsByTagName("scope").getLength() == 0 ? "compile"
                    : dependency.getElementsByTagName("scope").item(0).getTextContent();
            scopes.put(text(dependency, "groupId") + ":" + text(dependency, "artifactId"), scope);
        }

        assertThat(scopes.keySet()).noneMatch(key -> key.startsWith("io.pipelinestudio:"))
                .contains("org.apache.flink:flink-runtime", "org.apache.flink:flink-clients")
                .anyMatch(key -> key.startsWith("dev.cel:"));
        // the Kafka connector is released apart from Flink, so no cluster has it: the job jar bundles it
        assertThat(scopes).containsEntry("org.apache.flink:flink-connector-kafka", "compile")
                .containsEntry("org.apache.kafka:kafka-clients", "compile");
        scopes.forEach((key, scope) -> assertThat(scope).as(key).isEqualTo(
                key.startsWith("org.apache.flink:") && !key.equals("org.apache.flink:flink-connector-kafka")
                        ? "provided" : "compile"));
        assertThat(project.resolve("src/main/java/io/pipelinestudio/model/schema/Schema.java")).exists();
        assertThat(project.resolve("src/main/java/io/pipelinestudio/runtime/functions/RowAggregator.java")).exists();
        assertThat(Files.readString(project.resolve("pom.xml"))).contains("<artifactId>maven-shade-plugin</artifactId>")
                .contains("<mainClass>" + prepared.mainClass().qualifiedName() + "</mainClass>");
    }

    @Test
    void pipelineTextIsEscapedForXmlCommentsAndMarkdown() {
        assertThat(JavaProjectExporter.xml("a<b & c>\u0001")).isEqualTo("a&lt;b &amp; c&gt; ");
        assertThat(JavaProjectExporter.comment("x---y -")).doesNotContain("--").doesNotEndWith("-");
        assertThat(JavaProjectExporter.markdown("<b>*x*</b>\n# `y`")).isEqualTo("\\<b\\>\\*x\\*\\<\\/b\\> \\# \\`y\\`");
    }

    private static String text(Element parent, String tag) {
        return parent.getElementsByTagName(tag).item(0).getTextContent();
    }
}
