package io.pipelinestudio.runtime.export;

import io.pipelinestudio.model.Pipeline;
import io.pipelinestudio.model.json.PipelineJson;
import io.pipelinestudio.runtime.compile.JavaSourceGenerator;
import io.pipelinestudio.runtime.compile.PipelineCompiler;
import io.pipelinestudio.runtime.compile.PreparedPipeline;
import io.pipelinestudio.runtime.job.JobContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.security.CodeSource;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.apache.flink.runtime.util.EnvironmentInformation;

/**
 * Writes a job jar that a Flink cluster runs with {@code flink run} or its REST API: the pipeline's
 * generated job class as the main class (compiled from the very source runs use, with the export-time
 * values as its defaults), the pipeline file for reference, and the classes of the model, the runtime and
 * the libraries they need. Flink's own classes, and those Flink always loads from the cluster (logging),
 * are left out: the cluster has them. The libraries are found by following the class references from the
 * runtime's and the model's classes, so nothing is listed by hand.
 */
public final class JarExporter {
    /** Packages a Flink cluster has itself: those it always loads (its {@code classloader.parent-first-patterns}), and more. */
    private static final List<String> CLUSTER_PACKAGES = List.of("java/", "javax/", "jdk/", "sun/", "com/sun/",
            "org/w3c/", "org/xml/", "org/ietf/", "org/apache/flink/", "org/slf4j/", "org/apache/log4j/",
            "org/apache/logging/", "org/apache/commons/logging/", "ch/qos/logback/", "org/apache/xerces/",
            "org/rocksdb/",
            // Flink's distribution carries commons-lang3 (flink-core needs it) and lz4-java (flink-runtime's
            // compression): what a connector or Kafka's client uses of them comes from there
            "org/apache/commons/lang3/", "net/jpountz/");
    /**
     * Flink's packages that a cluster does not have: connectors released apart from Flink (their versions
     * look like {@code 5.0.0-2.2}), which a job brings in its own jar.
     */
    private static final List<String> NOT_IN_FLINK_DIST = List.of("org/apache/flink/connector/kafka/",
            "org/apache/flink/streaming/connectors/kafka/");
    /** A fixed entry time, so that exporting the same pipeline twice writes the same bytes. */
    private static final long ENTRY_TIME = 946_684_800_000L;

    private JarExporter() {}

    /** What was written: the jar, its size, and the class folders and libraries it bundles. */
    public record ExportedJar(Path file, long bytes, List<Path> bundled) {}

    /** Where the jar keeps the pipeline it was exported from. */
    public static final String PIPELINE_RESOURCE = "pipeline-studio/pipeline.json";

    /**
     * Writes the jar of a prepared pipeline (so a jar never carries a pipeline that cannot run) to
     * {@code out}; {@code parallelism} is its default (0: the cluster's).
     */
    public static ExportedJar export(PreparedPipeline prepared, int parallelism, Path out) throws IOException {
        JavaSourceGenerator.GeneratedClass mainClass = prepared.mainClass(parallelism);
        Map<String, byte[]> jobClasses = PipelineCompiler.classFiles(mainClass);
        List<Path> bundled = bundledLocations(JarExporter.class.getClassLoader());
        Path target = out.toAbsolutePath();
        if (target.getParent() != null) {
            Files.createDirectories(target.getParent());
        }
        Path temp = target.resolveSibling(target.getFileName() + ".writing");
        try {
            write(prepared.pipeline(), mainClass.qualifiedName(), jobClasses, bundled, temp);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
        return new ExportedJar(target, Files.size(target), bundled);
    }

    private static void write(Pipeline pipeline, String mainClass, Map<String, byte[]> jobClasses, List<Path> bundled,
            Path temp) throws IOException {
        try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(temp))) {
            Set<String> written = new HashSet<>();
            ByteArrayOutputStream manifest = new ByteArrayOutputStream();
            manifest(mainClass).write(manifest);
            put(jar, written, JarFile.MANIFEST_NAME, manifest.toByteArray());
            put(jar, written, PIPELINE_RESOURCE, PipelineJson.write(pipeline).getBytes(StandardCharsets.UTF_8));
            for (Map.Entry<String, byte[]> jobClass : jobClasses.entrySet()) {
                put(jar, written, jobClass.getKey().replace('.', '/') + ".class", jobClass.getValue());
            }
            Map<String, StringBuilder> services = new LinkedHashMap<>();
            for (Path location : bundled) {
                forEachEntry(location, (name, bytes) -> {
                    if (name.startsWith("META-INF/services/") && !name.endsWith("/")) {
                        services.computeIfAbsent(name, k -> new StringBuilder())
                                .append(new String(bytes, StandardCharsets.UTF_8).strip()).append('\n');
                    } else if (!skipped(name)) {
                        put(jar, written, name, bytes);
                    }
                });
            }
            for (Map.Entry<String, StringBuilder> service : services.entrySet()) {
                put(jar, written, service.getKey(), service.getValue().toString().getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    /**
     * The class folders and jars to bundle: where the runtime and the model come from, then every
     * library their classes refer to, transitively, except Flink and what the cluster loads itself.
     */
    public static List<Path> bundledLocations(ClassLoader loader) throws IOException {
        Set<Path> included = new LinkedHashSet<>();
        Deque<Path> queue = new ArrayDeque<>();
        for (Class<?> root : List.of(JobContext.class, Pipeline.class)) {
            Path location = location(root);
            if (included.add(location)) {
                queue.add(location);
            }
        }
        Set<String> seen = new HashSet<>();
        // packages are rarely split across jars, so one lookup per package finds its library
        Map<String, Path> providers = new java.util.HashMap<>();
        while (!queue.isEmpty()) {
            Path location = queue.poll();
            List<byte[]> classes = new ArrayList<>();
            forEachEntry(location, (name, bytes) -> {
                if (name.endsWith(".class") && !name.endsWith("module-info.class")) {
                    classes.add(bytes);
                }
            });
            for (byte[] bytes : classes) {
                for (String reference : ClassReferences.of(bytes)) {
                    if (!seen.add(reference) || onCluster(reference)) {
                        continue;
                    }
                    String pkg = reference.lastIndexOf('/') < 0 ? "" : reference.substring(0, reference.lastIndexOf('/'));
                    if (providers.containsKey(pkg)) {
                        continue;
                    }
                    Path provider = provider(loader.getResource(reference + ".class"), reference);
                    if (provider != null) {
                        providers.put(pkg, provider);
                    }
                    if (provider != null && !isFlinkJar(provider) && included.add(provider)) {
                        queue.add(provider);
                    }
                }
            }
        }
        return List.copyOf(included);
    }

    private static boolean onCluster(String internalName) {
        for (String prefix : NOT_IN_FLINK_DIST) {
            if (internalName.startsWith(prefix)) {
                return false;
            }
        }
        for (String prefix : CLUSTER_PACKAGES) {
            if (internalName.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** One of Flink's own jars, which the cluster has; not a connector released apart from Flink. */
    private static boolean isFlinkJar(Path location) {
        String name = location.getFileName().toString();
        return name.startsWith("flink-") && name.endsWith(".jar") && !name.startsWith("flink-connector-kafka-");
    }

    /** The jar or class folder a class resource was found in; null for the JDK's own classes. */
    private static Path provider(URL resource, String internalName) {
        if (resource == null) {
            return null; // an optional dependency that is not on the class path: the library copes without it
        }
        try {
            switch (resource.getProtocol()) {
                case "jar":
                    String path = resource.getPath();
                    return Paths.get(new URL(path.substring(0, path.indexOf("!/"))).toURI());
                case "file":
                    Path file = Paths.get(resource.toURI());
                    Path root = file;
                    for (int i = 0; i < internalName.split("/").length; i++) {
                        root = root.getParent();
                    }
                    return root;
                default:
                    return null;
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("Expected a file or jar location for " + resource + " but found none", e);
        }
    }

    private static Path location(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        if (source == null) {
            throw new IllegalStateException("Expected a code source for " + type.getName() + " but found none");
        }
        try {
            return Paths.get(source.getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Expected a file location for " + type.getName() + " but found "
                    + source.getLocation(), e);
        }
    }

    /**
     * Signatures would not match a merged jar; module descriptors and log settings belong to others; the
     * sources Pipeline Studio's own jars carry for exported projects are not for running.
     */
    private static boolean skipped(String name) {
        String upper = name.toUpperCase(java.util.Locale.ROOT);
        return name.endsWith("/")
                || name.startsWith("META-INF/pipeline-studio/")
                || upper.equals("META-INF/MANIFEST.MF")
                || upper.equals("META-INF/INDEX.LIST")
                || (upper.startsWith("META-INF/") && (upper.endsWith(".SF") || upper.endsWith(".RSA")
                        || upper.endsWith(".DSA") || upper.endsWith(".EC")))
                || name.endsWith("module-info.class")
                || name.equals("log4j2.xml") || name.equals("log4j2-test.xml") || name.equals("log4j2.properties");
    }

    private static Manifest manifest(String mainClass) {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.put(Attributes.Name.MAIN_CLASS, mainClass);
        // libraries such as Jackson ship classes for newer Java versions; keep them working as they were
        main.put(Attributes.Name.MULTI_RELEASE, "true");
        main.put(new Attributes.Name("Created-By"), "Pipeline Studio");
        main.put(new Attributes.Name("Flink-Version"), EnvironmentInformation.getVersion());
        return manifest;
    }

    /** The Flink version this jar is built for, as written into its manifest. */
    public static String flinkVersion(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest manifest = file.getManifest();
            return manifest == null ? null : manifest.getMainAttributes().getValue("Flink-Version");
        }
    }

    private static void put(JarOutputStream jar, Set<String> written, String name, byte[] bytes) throws IOException {
        if (!written.add(name)) {
            return; // the first library on the class path wins, as it would when running from the class path
        }
        JarEntry entry = new JarEntry(name);
        entry.setTime(ENTRY_TIME);
        jar.putNextEntry(entry);
        jar.write(bytes);
        jar.closeEntry();
    }

    @FunctionalInterface
    private interface EntryConsumer {
        void accept(String name, byte[] bytes) throws IOException;
    }

    private static void forEachEntry(Path location, EntryConsumer consumer) throws IOException {
        if (Files.isDirectory(location)) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(location)) {
                files = walk.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path file : files) {
                consumer.accept(location.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
            return;
        }
        try (JarFile jar = new JarFile(location.toFile())) {
            Enumeration<JarEntry> entries = jar.entries();
            while (entries.hasMoreElements()) {
                JarEntry entry = entries.nextElement();
                if (entry.isDirectory()) {
                    continue;
                }
                try (InputStream in = jar.getInputStream(entry)) {
                    consumer.accept(entry.getName(), in.readAllBytes());
                }
            }
        }
    }
}
