package io.pipelinestudio.app.files;

import io.pipelinestudio.model.Pipeline;
import io.pipelinestudio.model.file.AtomicFile;
import io.pipelinestudio.model.json.PipelineJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The pipelines this designer wrote, or was allowed to run, remembered in the config folder by a digest of
 * their content: a file changed by someone else is unknown again. Call it off the FX thread.
 */
public final class KnownPipelines {
    /** Enough for years of saves; the oldest are forgotten first. */
    private static final int KEPT = 5000;

    private final Path file;
    private LinkedHashSet<String> digests;

    public KnownPipelines(Path configDirectory) {
        this.file = configDirectory.resolve("known-pipelines.txt");
    }

    public synchronized boolean contains(Pipeline pipeline) {
        return digests().contains(digest(pipeline));
    }

    public synchronized void add(Pipeline pipeline) {
        String digest = digest(pipeline);
        LinkedHashSet<String> known = digests();
        known.remove(digest);
        known.add(digest);
        List<String> kept = new ArrayList<>(known);
        if (kept.size() > KEPT) {
            kept = kept.subList(kept.size() - KEPT, kept.size());
            digests = new LinkedHashSet<>(kept);
        }
        try {
            AtomicFile.write(file, String.join("\n", kept) + "\n");
        } catch (IOException e) {
            System.err.println("Could not remember the pipeline in " + file + ": " + e.getMessage());
        }
    }

    private LinkedHashSet<String> digests() {
        if (digests == null) {
            digests = new LinkedHashSet<>();
            try {
                if (Files.isRegularFile(file)) {
                    Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(String::strip)
                            .filter(line -> !line.isEmpty()).forEach(digests::add);
                }
            } catch (IOException e) {
                // unknown pipelines only cost a question before their first run
                System.err.println("Could not read " + file + ": " + e.getMessage());
            }
        }
        return digests;
    }

    static String digest(Pipeline pipeline) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(PipelineJson.write(pipeline).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Expected every Java runtime to have SHA-256", e);
        }
    }
}
