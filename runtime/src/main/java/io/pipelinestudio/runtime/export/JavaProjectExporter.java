package io.pipelinestudio.runtime.export;

import io.pipelinestudio.model.Pipeline;
import io.pipelinestudio.model.json.PipelineJson;
import io.pipelinestudio.runtime.compile.JavaSourceGenerator;
import io.pipelinestudio.runtime.compile.PreparedPipeline;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.flink.runtime.util.EnvironmentInformation;

/**
 * Writes a standalone Maven project whose main class builds the pipeline's job with the plain DataStream
 * API ({@link JavaSourceGenerator}). The Pipeline Studio classes the job calls come along as sources
 * (found by {@link SupportClasses}), so the project needs only public artifacts: the libraries those
 * classes use, bundled into the job jar, and Flink as provided.
 */
public final class JavaProjectExporter {
    /** The plugins the generated build uses, pinned so that builds repeat. */
    private static final String[][] PLUGINS = {
        {"maven-clean-plugin", "3.4.0"},
        {"maven-resources-plugin", "3.3.1"},
        {"maven-compiler-plugin", "3.13.0"},
        {"maven-surefire-plugin", "3.5.2"},
        {"maven-jar-plugin", "3.4.2"},
        {"maven-install-plugin", "3.1.3"},
        {"maven-dependency-plugin", "3.8.1"},
        {"maven-shade-plugin", "3.6.0"},
    };
    /** Groups whose classes a Flink cluster loads itself: provided, never bundled. */
    private static final List<String> CLUSTER_GROUPS = List.of("org.apache.flink", "org.slf4j",
            "org.apache.logging.log4j", "log4j", "ch.qos.logback", "commons-logging");
    /** Flink's JVM options for Java 17 (its env.java.default-opts.all), which a local run needs. */
    private static final List<String> FLINK_JVM_OPTIONS = List.of(
            "--add-exports=java.base/sun.net.util=ALL-UNNAMED",
            "--add-exports=java.rmi/sun.rmi.registry=ALL-UNNAMED",
            "--add-exports=java.security.jgss/sun.security.krb5=ALL-UNNAMED",
            "--add-opens=java.base/java.lang=ALL-UNNAMED",
            "--add-opens=java.base/java.net=ALL-UNNAMED",
            "--add-opens=java.base/java.io=ALL-UNNAMED",
            "--add-opens=java.base/java.nio=ALL-UNNAMED",
            "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
            "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED",
            "--add-opens=java.base/java.text=ALL-UNNAMED",
            "--add-opens=java.base/java.time=ALL-UNNAMED",
            "--add-opens=java.base/java.util=ALL-UNNAMED",
            "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
            "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED",
            "--add-opens=java.base/java.util.concurrent.locks=ALL-UNNAMED");
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(static\\s+)?([\\w.]+?)(\\.\\*)?\\s*;",
            Pattern.MULTILINE);
    private static final String OWN_PACKAGE = "io.pipelinestudio.";

    private JavaProjectExporter() {}

    /** What the project's pom and sources are made of, as found from the generated main class. */
    record Project(JavaSourceGenerator.GeneratedClass main, Set<String> supportClasses,
            List<LibraryDependencies.Artifact> libraries) {}

    /** Writes the project into {@code dir} (created if needed) and returns the folder. */
    public static Path export(PreparedPipeline prepared, int parallelism, Path dir) throws IOException {
        Pipeline pipeline = prepared.pipeline();
        Project project = project(prepared.mainClass(parallelism), JavaProjectExporter.class.getClassLoader());
        JavaSourceGenerator.GeneratedClass main = project.main();
        Path root = dir.toAbsolutePath();
        Path sources = root.resolve("src/main/java");
        write(sources.resolve(main.packageName().replace('.', '/')).resolve(main.simpleName() + ".java"),
                main.source());
        ClassLoader loader = JavaProjectExporter.class.getClassLoader();
        for (String support : project.supportClasses()) {
            write(sources.resolve(support + ".java"), SupportClasses.source(support, loader));
        }
        write(root.resolve("pom.xml"), pom(pipeline, project));
        write(root.resolve("pipeline.json"), PipelineJson.write(pipeline));
        write(root.resolve("jvm.options"), String.join("\n", FLINK_JVM_OPTIONS) + "\n");
        write(root.resolve("README.md"), readme(pipeline, project));
        return root;
    }

    /** The support classes the main class imports, with theirs, and the libraries they all use. */
    static Project project(JavaSourceGenerator.GeneratedClass main, ClassLoader loader) throws IOException {
        Set<String> roots = new LinkedHashSet<>();
        Set<String> outside = new TreeSet<>();
        Matcher imports = IMPORT.matcher(main.source());
        while (imports.find()) {
            String name = imports.group(2);
            if (imports.group(3) != null) {
                if (name.startsWith(OWN_PACKAGE)) {
                    throw new IllegalArgumentException("Expected single-type imports of Pipeline Studio classes in "
                            + main.qualifiedName() + " but found import " + name + ".*");
                }
                continue; // a library's package: its classes are named again where the job uses them
            }
            String internal = classOf(name, imports.group(1) != null, loader);
            if (internal == null) {
                continue; // the JDK's, or nothing the class loader knows: javac will say
            }
            if (internal.startsWith(OWN_PACKAGE.replace('.', '/'))) {
                roots.add(internal.replace('/', '.'));
            } else {
                outside.add(internal);
            }
        }
        SupportClasses.Scan scan = SupportClasses.scan(roots, loader);
        outside.addAll(scan.outside());
        // running the job in a JVM of its own (rather than on a cluster) needs Flink's local executor
        outside.add("org/apache/flink/client/deployment/executors/LocalExecutorFactory");
        return new Project(main, scan.topLevel(), LibraryDependencies.of(outside, loader));
    }

    /**
     * The class an import names, as an internal name: {@code a.b.C.D} is {@code a/b/C/D} or the nested
     * {@code a/b/C$D}; a static import names a member of its class.
     */
    private static String classOf(String imported, boolean isStatic, ClassLoader loader) {
        List<String> candidates = new ArrayList<>(List.of(imported));
        if (isStatic && imported.lastIndexOf('.') > 0) {
            candidates.add(imported.substring(0, imported.lastIndexOf('.')));
        }
        for (String candidate : candidates) {
            String internal = candidate.replace('.', '/');
            while (true) {
                if (loader.getResource(internal + ".class") != null) {
                    return internal;
                }
                int slash = internal.lastIndexOf('/');
                if (slash < 0) {
                    break;
                }
                internal = internal.substring(0, slash) + '$' + internal.substring(slash + 1);
            }
        }
        return null;
    }

    static String pom(Pipeline pipeline, Project project) {
        JavaSourceGenerator.GeneratedClass main = project.main();
        String artifact = main.simpleName().replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
        String flinkVersion = EnvironmentInformation.getVersion();
        StringBuilder dependencies = new StringBuilder();
        for (LibraryDependencies.Artifact library : project.libraries()) {
            // a Flink artifact of another version is a connector released apart from Flink (5.0.0-2.2, say),
            // which no cluster has: it is bundled like any library
            boolean provided = CLUSTER_GROUPS.contains(library.groupId())
                    && !(library.groupId().equals("org.apache.flink") && !library.version().equals(flinkVersion));
            String version = library.groupId().equals("org.apache.flink") && library.version().equals(flinkVersion)
                    ? "${flink.version}" : xml(library.version());
            dependencies.append("    <dependency>\n")
                    .append("      <groupId>").append(xml(library.groupId())).append("</groupId>\n")
                    .append("      <artifactId>").append(xml(library.artifactId())).append("</artifactId>\n")
                    .append("      <version>").append(version).append("</version>\n")
                    .append(provided ? "      <scope>provided</scope>\n" : "")
                    .append("    </dependency>\n");
        }
        StringBuilder plugins = new StringBuilder();
        for (String[] plugin : PLUGINS) {
            plugins.append("      <plugin>\n")
                    .append("        <groupId>org.apache.maven.plugins</groupId>\n")
                    .append("        <artifactId>").append(plugin[0]).append("</artifactId>\n")
                    .append("        <version>").append(plugin[1]).append("</version>\n");
            if (plugin[0].equals("maven-jar-plugin")) {
                plugins.append("        <configuration>\n")
                        .append("          <archive><manifest><mainClass>").append(main.qualifiedName())
                        .append("</mainClass></manifest></archive>\n")
                        .append("        </configuration>\n");
            } else if (plugin[0].equals("maven-shade-plugin")) {
                plugins.append(shadeConfiguration(main));
            }
            plugins.append("      </plugin>\n");
        }
        return String.join("\n",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
                "<!-- Generated by Pipeline Studio from the pipeline \"" + comment(pipeline.name()) + "\". -->",
                "<project xmlns=\"http://maven.apache.org/POM/4.0.0\"",
                "         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"",
                "         xsi:schemaLocation=\"http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd\">",
                "  <modelVersion>4.0.0</modelVersion>",
                "  <groupId>" + JavaSourceGenerator.PACKAGE + "</groupId>",
                "  <artifactId>" + artifact + "</artifactId>",
                "  <version>1.0-SNAPSHOT</version>",
                "  <name>" + xml(pipeline.name()) + " (Flink job)</name>",
                "",
                "  <properties>",
                "    <maven.compiler.release>17</maven.compiler.release>",
                "    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>",
                "    <flink.version>" + flinkVersion + "</flink.version>",
                "  </properties>",
                "",
                "  <!-- What the job's classes use: Flink and logging are provided by the cluster, the rest is",
                "       bundled into the job jar. -->",
                "  <dependencies>",
                dependencies.toString().stripTrailing(),
                "  </dependencies>",
                "",
                "  <build>",
                "    <plugins>",
                plugins.toString().stripTrailing(),
                "    </plugins>",
                "  </build>",
                "</project>",
                "");
    }

    private static String shadeConfiguration(JavaSourceGenerator.GeneratedClass main) {
        StringBuilder excludes = new StringBuilder();
        for (String group : CLUSTER_GROUPS) {
            excludes.append("                <exclude>").append(group).append(":*</exclude>\n");
        }
        return String.join("\n",
                "        <executions>",
                "          <execution>",
                "            <!-- the job jar for flink run: the job's classes and the libraries it uses -->",
                "            <phase>package</phase>",
                "            <goals><goal>shade</goal></goals>",
                "            <configuration>",
                "              <createDependencyReducedPom>false</createDependencyReducedPom>",
                "              <artifactSet>",
                "                <excludes>",
                excludes + "                  <exclude>com.google.code.findbugs:jsr305</exclude>",
                "                </excludes>",
                "              </artifactSet>",
                "              <filters>",
                "                <filter>",
                "                  <!-- signatures would not match the merged jar -->",
                "                  <artifact>*:*</artifact>",
                "                  <excludes>",
                "                    <exclude>META-INF/*.SF</exclude>",
                "                    <exclude>META-INF/*.DSA</exclude>",
                "                    <exclude>META-INF/*.RSA</exclude>",
                "                    <exclude>META-INF/*.EC</exclude>",
                "                    <exclude>module-info.class</exclude>",
                "                    <exclude>META-INF/versions/*/module-info.class</exclude>",
                "                  </excludes>",
                "                </filter>",
                "              </filters>",
                "              <transformers>",
                "                <transformer implementation=\"org.apache.maven.plugins.shade.resource.ServicesResourceTransformer\"/>",
                "                <transformer implementation=\"org.apache.maven.plugins.shade.resource.ManifestResourceTransformer\">",
                "                  <mainClass>" + main.qualifiedName() + "</mainClass>",
                "                </transformer>",
                "              </transformers>",
                "            </configuration>",
                "          </execution>",
                "        </executions>",
                "");
    }

    private static String readme(Pipeline pipeline, Project project) {
        JavaSourceGenerator.GeneratedClass main = project.main();
        String jar = "target/" + main.simpleName().replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT)
                + "-1.0-SNAPSHOT.jar";
        return String.join("\n",
                "# " + markdown(pipeline.name()) + " as a Flink job",
                "",
                "Generated by Pipeline Studio from `pipeline.json`. `" + main.qualifiedName() + "` builds the same job",
                "as the designer's runs with Flink's DataStream API.",
                "",
                "The Pipeline Studio classes the job calls (functions, sources, sinks, the pipeline's schemas and",
                "expressions) are under `src/main/java/io/pipelinestudio/`: " + project.supportClasses().size()
                        + " source files, the same code",
                "the designer runs, now yours to read and change. Besides them the project needs only public",
                "artifacts: the libraries those classes use, bundled into the job jar, and Flink, which a cluster",
                "provides.",
                "",
                "## Build",
                "",
                "```bash",
                "mvn package",
                "```",
                "",
                "writes `" + jar + "`, a job jar ready for `flink run`.",
                "",
                "## Submit to a Flink cluster",
                "",
                "```bash",
                "flink run " + jar + " --mode streaming --param NAME=VALUE",
                "```",
                "",
                "`--mode batch|streaming`, `--parallelism N` and `--param NAME=VALUE` (one per parameter of the",
                "pipeline) override the values chosen at export. Files are read and written on the cluster's",
                "machines: give absolute paths.",
                "",
                "## Run locally",
                "",
                "With Flink on the class path, the job runs in an embedded cluster inside one JVM. `jvm.options` holds",
                "the options Flink needs on Java 17.",
                "",
                "```bash",
                "mvn -q dependency:build-classpath -DincludeScope=provided -Dmdep.outputFile=target/flink.classpath",
                "java @jvm.options -cp \"" + jar + ":$(cat target/flink.classpath)\" \\",
                "    " + main.qualifiedName() + " --mode batch --param NAME=VALUE",
                "```",
                "",
                "With a Flink distribution instead: `java @jvm.options -cp \"" + jar + ":$FLINK_HOME/lib/*\" "
                        + main.qualifiedName() + " ...`.",
                "");
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** Text for XML content: markup escaped, characters XML 1.0 forbids replaced. */
    static String xml(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]", " ");
    }

    /** Text for an XML comment, which may hold neither {@code --} nor end in {@code -}. */
    static String comment(String text) {
        return xml(text).replaceAll("-(?=-|$)", "- ");
    }

    /** Text for Markdown: one line, every ASCII punctuation character escaped, so none of it is markup or HTML. */
    static String markdown(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").strip()
                .replaceAll("([!-/:-@\\[-`{-~])", "\\\\$1");
    }
}
