package io.pipelinestudio.runtime.export;

import io.pipelinestudio.model.Pipeline;
import io.pipelinestudio.runtime.testing.TestFiles;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * Puts the project's artifacts into the local Maven repository, as {@code mvn install} would, for an
 * exported project to build against when the build running the tests has not installed them (or
 * installed ones older than these classes). Called only when the exported project does not build, since
 * running launchers may have the installed jars open.
 */
final class LocalMavenRepository {
    private static final Path REPOSITORY = Paths.get(System.getProperty("user.home"), ".m2", "repository");

    private LocalMavenRepository() {}

    static synchronized void installProject() throws Exception {
        Path root = TestFiles.repositoryRoot();
        String version = JavaProjectExporter.runtimeVersion();
        Path parent = REPOSITORY.resolve("io/pipelinestudio/pipeline-studio/" + version
                + "/pipeline-studio-" + version + ".pom");
        if (!Files.exists(parent)) {
            install(root, List.of("-Dfile=" + root.resolve("pom.xml"), "-DpomFile=" + root.resolve("pom.xml")));
        }
        install(root, location(Pipeline.class), "pipeline-model");
        install(root, location(io.pipelinestudio.runtime.job.JobContext.class), "runtime");
    }

    private static void install(Path root, Path classes, String module) throws Exception {
        if (!Files.isDirectory(classes)) {
            return; // the tests run against the installed jar itself
        }
        Path jar = Files.createTempFile(module + "-", ".jar");
        try {
            try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
                    Stream<Path> files = Files.walk(classes)) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
                    out.write(Files.readAllBytes(file));
                    out.closeEntry();
                }
            }
            install(root, List.of("-Dfile=" + jar, "-DpomFile=" + root.resolve(module).resolve("pom.xml")));
        } finally {
            Files.deleteIfExists(jar);
        }
    }

    private static void install(Path root, List<String> arguments) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("mvn", "-o", "-q", "-B",
                "org.apache.maven.plugins:maven-install-plugin:3.1.3:install-file"));
        command.addAll(arguments);
        Process process = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException("Expected " + String.join(" ", command) + " to install but it failed:\n"
                    + output);
        }
    }

    private static Path location(Class<?> type) throws URISyntaxException {
        return Paths.get(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }
}
