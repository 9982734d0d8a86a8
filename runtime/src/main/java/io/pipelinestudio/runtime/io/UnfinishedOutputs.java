package io.pipelinestudio.runtime.io;

import io.pipelinestudio.model.Pipeline;
import io.pipelinestudio.model.node.Node;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The half-written {@code .inprogress} files a job leaves when it fails or is stopped by a signal: its file
 * sinks' and its rejected-records file's. Removing them leaves every file under its own name as it was before the run.
 */
public final class UnfinishedOutputs {
    private UnfinishedOutputs() {}

    /** Those there now. {@code rejectedFile} may be null. */
    public static List<Path> present(Pipeline bound, Path rejectedFile) {
        return inProgressPaths(bound, rejectedFile).stream().filter(Files::exists).toList();
    }

    /** Removes them; returns how many there were. {@code rejectedFile} may be null. */
    public static int remove(Pipeline bound, Path rejectedFile) {
        int removed = 0;
        for (Path unfinished : inProgressPaths(bound, rejectedFile)) {
            try {
                if (Files.deleteIfExists(unfinished)) {
                    removed++;
                }
            } catch (IOException | RuntimeException e) {
                // a file that cannot be removed stays, as it would have anyway
            }
        }
        return removed;
    }

    private static List<Path> inProgressPaths(Pipeline bound, Path rejectedFile) {
        List<Path> targets = new ArrayList<>();
        for (Node node : bound.nodes()) {
            for (String file : node.filesWritten()) {
                try {
                    targets.add(Path.of(file).toAbsolutePath());
                } catch (RuntimeException e) {
                    // a path this machine cannot name was never written
                }
            }
        }
        if (rejectedFile != null) {
            targets.add(rejectedFile.toAbsolutePath());
        }
        return targets.stream().map(LineFileSink::inProgressPath).toList();
    }
}
