package io.pipelinestudio.runtime.compile;

import io.pipelinestudio.model.file.AtomicFile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Job classes compiled before, kept on disk by the hash of everything they were compiled from, so that a
 * new process running a pipeline it ran before skips javac: on a cold start, compiling costs more than a
 * second. A file that cannot be read is a miss, never an error.
 */
final class CompiledClassCache {
    private static final int MAGIC = 0x50534a43; // "PSJC"
    /** The newest entries kept; a job class is a few kilobytes. */
    private static final int KEPT = 64;

    private final Path folder;

    CompiledClassCache(Path folder) {
        this.folder = folder;
    }

    Optional<Map<String, byte[]>> get(String key) {
        Path file = folder.resolve(key + ".classes");
        try {
            byte[] bytes = Files.readAllBytes(file);
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
            if (in.readInt() != MAGIC) {
                return Optional.empty();
            }
            int count = in.readInt();
            Map<String, byte[]> classFiles = new LinkedHashMap<>();
            for (int i = 0; i < count; i++) {
                String name = in.readUTF();
                byte[] classFile = new byte[in.readInt()];
                in.readFully(classFile);
                classFiles.put(name, classFile);
            }
            // recently used entries survive the pruning
            Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis()));
            return Optional.of(classFiles);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Keeps the classes; a cache that cannot be written only costs the next process a compilation. */
    void put(String key, Map<String, byte[]> classFiles) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeInt(MAGIC);
            out.writeInt(classFiles.size());
            for (Map.Entry<String, byte[]> classFile : classFiles.entrySet()) {
                out.writeUTF(classFile.getKey());
                out.writeInt(classFile.getValue().length);
                out.write(classFile.getValue());
            }
            AtomicFile.write(folder.resolve(key + ".classes"), bytes.toByteArray());
            prune();
        } catch (IOException | RuntimeException e) {
            // the next process compiles again
        }
    }

    private void prune() throws IOException {
        List<Path> entries;
        try (Stream<Path> files = Files.list(folder)) {
            entries = files.filter(f -> f.getFileName().toString().endsWith(".classes"))
                    .sorted(Comparator.comparing(CompiledClassCache::modified).reversed()).toList();
        }
        for (Path stale : entries.subList(Math.min(KEPT, entries.size()), entries.size())) {
            Files.deleteIfExists(stale);
        }
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }
}
