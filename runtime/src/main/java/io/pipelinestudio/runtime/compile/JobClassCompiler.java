package io.pipelinestudio.runtime.compile;

import io.pipelinestudio.model.Pipeline;
import io.pipelinestudio.model.validate.Problem;
import io.pipelinestudio.runtime.functions.NodeFailureException;
import io.pipelinestudio.runtime.job.JobContext;
import java.io.ByteArrayOutputStream;
import io.pipelinestudio.runtime.cli.UserConfigFolder;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.types.Row;

/**
 * Compiles generated job classes in this process with the JDK's compiler, so that what runs is the very
 * source the Code tab shows and the export writes. The classes of recent sources are kept by the hash of
 * their text, in memory and in the per-user folder ({@link CompiledClassCache}): running the same pipeline
 * again, with other parameter values too, even in a new process, compiles nothing.
 */
final class JobClassCompiler {
    private static final int KEPT = 32;
    private static final Map<String, CompiledClass> RECENT = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, CompiledClass> eldest) {
            return size() > KEPT;
        }
    };

    /** Classes whose locations make up the class path generated code compiles against. */
    private static final List<Class<?>> ANCHORS = List.of(JobContext.class, Pipeline.class,
            StreamExecutionEnvironment.class, Row.class, org.apache.flink.connector.file.src.FileSource.class,
            org.apache.flink.connector.datagen.source.DataGeneratorSource.class,
            org.apache.flink.api.common.typeinfo.TypeInformation.class);

    private JobClassCompiler() {}

    /** A compiled job class: its class files by binary name, and the class loaded from them. */
    record CompiledClass(Map<String, byte[]> classFiles, Class<?> type) {
        /** Calls the class's {@code configure(conf)}, which sets the job's checkpoints and restarts. */
        void configure(org.apache.flink.configuration.Configuration conf) {
            invoke("configure", new Class<?>[] {org.apache.flink.configuration.Configuration.class}, conf);
        }

        /** Calls the class's {@code build(env, job)}, which adds the job's operators to {@code env}. */
        void build(StreamExecutionEnvironment env, JobContext job) {
            invoke("build", new Class<?>[] {StreamExecutionEnvironment.class, JobContext.class}, env, job);
        }

        private void invoke(String method, Class<?>[] parameterTypes, Object... arguments) {
            try {
                type.getMethod(method, parameterTypes).invoke(null, arguments);
            } catch (java.lang.reflect.InvocationTargetException e) {
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException) {
                    throw (RuntimeException) cause;
                }
                if (cause instanceof Error) {
                    throw (Error) cause;
                }
                throw new IllegalStateException(cause);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Expected a public static " + method + " method in " + type.getName()
                        + " but found none", e);
            }
        }
    }

    static CompiledClass compile(JavaSourceGenerator.GeneratedClass generated) {
        String key = sha256(generated.qualifiedName() + "\n" + generated.source());
        synchronized (RECENT) {
            CompiledClass known = RECENT.get(key);
            if (known != null) {
                return known;
            }
        }
        Optional<String> diskKey = buildFingerprint().map(build -> sha256(key + "\n" + build));
        Optional<CompiledClassCache> disk = diskKey.map(k -> new CompiledClassCache(cacheFolder()));
        CompiledClass compiled = disk.flatMap(cache -> cache.get(diskKey.get()))
                .map(classFiles -> load(generated, classFiles))
                .orElseGet(() -> {
                    CompiledClass fresh = compileNow(generated);
                    disk.ifPresent(cache -> cache.put(diskKey.get(), fresh.classFiles()));
                    return fresh;
                });
        synchronized (RECENT) {
            RECENT.put(key, compiled);
        }
        return compiled;
    }

    private static CompiledClass compileNow(JavaSourceGenerator.GeneratedClass generated) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new IllegalStateException("Expected a Java compiler (the jdk.compiler module) to compile the job,"
                    + " but this Java runtime has none; run Pipeline Studio on a JDK 17 or newer");
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        Map<String, ByteArrayOutputStream> outputs = new LinkedHashMap<>();
        StandardJavaFileManager standard = compiler.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8);
        JavaFileManager inMemory = new ForwardingJavaFileManager<>(standard) {
            @Override
            public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
                    FileObject sibling) {
                return new SimpleJavaFileObject(URI.create("mem:///" + className.replace('.', '/') + kind.extension),
                        kind) {
                    @Override
                    public OutputStream openOutputStream() {
                        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                        outputs.put(className, bytes);
                        return bytes;
                    }
                };
            }
        };
        JavaFileObject source = new SimpleJavaFileObject(URI.create("string:///"
                + generated.qualifiedName().replace('.', '/') + JavaFileObject.Kind.SOURCE.extension),
                JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return generated.source();
            }
        };
        StringWriter messages = new StringWriter();
        // no --release: the installed runtime leaves out javac's symbol files (lib/ct.sym), which it needs
        List<String> options = List.of("-proc:none", "-g", "-encoding", "UTF-8", "-classpath", classPath());
        boolean ok = compiler.getTask(messages, inMemory, diagnostics, options, null, List.of(source)).call();
        if (!ok && diagnostics.getDiagnostics().stream().anyMatch(d -> "compiler.err.limit.code".equals(d.getCode()))) {
            throw new NodeFailureException(Problem.PIPELINE, "the pipeline is too large for one job: its generated"
                    + " Java method exceeds the 64 kB the JVM allows a method; split it into pipelines joined by files"
                    + " or Kafka topics");
        }
        if (!ok) {
            StringBuilder errors = new StringBuilder();
            diagnostics.getDiagnostics().forEach(d -> errors.append('\n').append(d));
            throw new IllegalStateException("Expected the generated job class " + generated.qualifiedName()
                    + " to compile, but javac reported:" + errors + messages);
        }
        Map<String, byte[]> classFiles = new LinkedHashMap<>();
        outputs.forEach((name, bytes) -> classFiles.put(name, bytes.toByteArray()));
        return load(generated, classFiles);
    }

    private static CompiledClass load(JavaSourceGenerator.GeneratedClass generated, Map<String, byte[]> classFiles) {
        ClassLoader loader = new GeneratedClassLoader(classFiles, JobClassCompiler.class.getClassLoader());
        try {
            return new CompiledClass(Map.copyOf(classFiles), loader.loadClass(generated.qualifiedName()));
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("Expected javac to write " + generated.qualifiedName() + " but found only "
                    + classFiles.keySet(), e);
        }
    }

    /**
     * The class path the job class compiles against: this process's, plus wherever the classes it uses were
     * loaded from, should a launcher have put them on another loader.
     */
    private static String classPath() {
        Set<String> entries = new LinkedHashSet<>();
        for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                entries.add(entry);
            }
        }
        for (Class<?> anchor : ANCHORS) {
            CodeSource code = anchor.getProtectionDomain().getCodeSource();
            if (code != null && code.getLocation() != null) {
                try {
                    entries.add(Paths.get(code.getLocation().toURI()).toString());
                } catch (URISyntaxException | IllegalArgumentException e) {
                    // not a file (a custom loader's URL): the process's class path has to do
                }
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    /**
     * What the generated classes compile against, as jars with their sizes and times, and the Java version;
     * absent when some of it is a build's class folder, whose classes change without the folder showing it.
     */
    private static Optional<String> buildFingerprint() {
        StringBuilder fingerprint = new StringBuilder(System.getProperty("java.vm.version", ""));
        for (Class<?> anchor : ANCHORS) {
            CodeSource code = anchor.getProtectionDomain().getCodeSource();
            if (code == null || code.getLocation() == null) {
                return Optional.empty();
            }
            try {
                Path jar = Paths.get(code.getLocation().toURI());
                if (!Files.isRegularFile(jar)) {
                    return Optional.empty();
                }
                fingerprint.append('\n').append(jar).append('|').append(Files.size(jar)).append('|')
                        .append(Files.getLastModifiedTime(jar).toMillis());
            } catch (URISyntaxException | IllegalArgumentException | IOException e) {
                return Optional.empty();
            }
        }
        return Optional.of(fingerprint.toString());
    }

    private static Path cacheFolder() {
        return UserConfigFolder.resolve().resolve("cache").resolve("job-classes");
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Expected every Java runtime to have SHA-256", e);
        }
    }

    /** Defines the generated classes from their bytes; everything else comes from the parent. */
    private static final class GeneratedClassLoader extends ClassLoader {
        private final Map<String, byte[]> classFiles;

        GeneratedClassLoader(Map<String, byte[]> classFiles, ClassLoader parent) {
            super(parent);
            this.classFiles = new HashMap<>(classFiles);
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] bytes = classFiles.get(name);
            if (bytes == null) {
                throw new ClassNotFoundException(name);
            }
            return defineClass(name, bytes, 0, bytes.length);
        }
    }
}
