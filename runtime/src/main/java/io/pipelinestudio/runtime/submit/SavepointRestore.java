package io.pipelinestudio.runtime.submit;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Where a submitted job starts from: a savepoint's path as the cluster reads it, and whether state that no
 * operator of the job takes may be dropped (Flink's {@code allowNonRestoredState}). A relative path is made
 * absolute here, since the cluster would resolve it against its own working folder; URIs ({@code file:},
 * {@code s3://}) and absolute paths stay as given.
 */
public record SavepointRestore(String path, boolean allowNonRestoredState) {
    public SavepointRestore {
        if (path == null || path.isBlank()) {
            throw new IllegalArgumentException("Expected a savepoint path but found none");
        }
        path = absolute(path.strip());
    }

    private static String absolute(String savepoint) {
        try {
            Path path = Paths.get(savepoint);
            return savepoint.contains(":") || path.isAbsolute() ? savepoint : path.toAbsolutePath().toString();
        } catch (InvalidPathException e) {
            return savepoint; // not a path here: the cluster may still read it, and says so when it cannot
        }
    }
}
