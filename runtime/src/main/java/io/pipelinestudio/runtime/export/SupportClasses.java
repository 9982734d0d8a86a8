package io.pipelinestudio.runtime.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * The Pipeline Studio classes a generated job needs: the transitive closure of the {@code io/pipelinestudio}
 * classes its roots refer to, read from the class files, and the sources of those classes, which the
 * model's and the runtime's jars carry as resources under {@link #SOURCES}.
 */
public final class SupportClasses {
    /** Where the jars of the model and the runtime keep their Java sources (see their poms). */
    public static final String SOURCES = "META-INF/pipeline-studio/sources/";
    private static final String OWN_PREFIX = "io/pipelinestudio/";

    private SupportClasses() {}

    /** What a closure holds: its top-level classes, and the classes outside Pipeline Studio they refer to. */
    record Scan(Set<String> topLevel, Set<String> outside) {}

    /**
     * Internal names ({@code io/pipelinestudio/model/Pipeline}) of the top-level Pipeline Studio classes
     * that the classes {@code rootBinaryNames} ({@code io.pipelinestudio.a.B}, {@code io.pipelinestudio.a.B$C})
     * need, themselves included, sorted. A nested class counts as its top-level class, whose source holds it.
     */
    public static Set<String> closure(Collection<String> rootBinaryNames, ClassLoader loader) {
        return scan(rootBinaryNames, loader).topLevel();
    }

    /** The closure of {@code rootBinaryNames} and what it refers to outside Pipeline Studio. */
    static Scan scan(Collection<String> rootBinaryNames, ClassLoader loader) {
        Set<String> visited = new HashSet<>();
        Set<String> topLevel = new TreeSet<>();
        Set<String> outside = new TreeSet<>();
        Deque<String> queue = new ArrayDeque<>();
        for (String root : rootBinaryNames) {
            String internal = root.replace('.', '/');
            if (!internal.startsWith(OWN_PREFIX)) {
                throw new IllegalArgumentException("Expected a class of io.pipelinestudio but found " + root);
            }
            if (visited.add(internal)) {
                queue.add(internal);
            }
        }
        while (!queue.isEmpty()) {
            String internal = queue.poll();
            // nested classes, anonymous ones included, are named in their top-level class's InnerClasses
            // attribute, so following references from the top-level class reaches all of them
            topLevel.add(topLevel(internal));
            for (String reference : references(internal, loader)) {
                if (!reference.startsWith(OWN_PREFIX)) {
                    outside.add(reference);
                } else if (visited.add(reference)) {
                    queue.add(reference);
                }
                String outer = topLevel(reference);
                if (reference.startsWith(OWN_PREFIX) && visited.add(outer)) {
                    queue.add(outer);
                }
            }
        }
        return new Scan(Collections.unmodifiableSet(topLevel), Collections.unmodifiableSet(outside));
    }

    /** The source of the top-level class {@code internalName}, from the resources under {@link #SOURCES}. */
    public static String source(String internalName, ClassLoader loader) {
        String resource = SOURCES + internalName + ".java";
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Expected the source of " + internalName.replace('/', '.')
                        + " at " + resource + " (the model's and the runtime's jars carry their sources) but found none");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + resource, e);
        }
    }

    private static Set<String> references(String internalName, ClassLoader loader) {
        String resource = internalName + ".class";
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Expected the class " + internalName.replace('/', '.')
                        + " on the class path but found no " + resource);
            }
            return ClassReferences.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + resource, e);
        }
    }

    private static String topLevel(String internalName) {
        int slash = internalName.lastIndexOf('/');
        int dollar = internalName.indexOf('$', slash + 1);
        return dollar < 0 ? internalName : internalName.substring(0, dollar);
    }
}
