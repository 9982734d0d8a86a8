package io.pipelinestudio.runtime.io;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Why a node's input file cannot be read, named on the node before a job starts (a run fails on it; the
 * designer warns as it validates): Flink would fail deep inside a task, or read a folder's files without a
 * word.
 */
public record InputFile(Fault fault, Path path) {
    public enum Fault { MISSING, FOLDER, UNREADABLE }

    /** The fault of {@code file}, if any; a path this machine cannot name is the validator's to report. */
    public static Optional<InputFile> problem(String file) {
        Path path;
        try {
            path = Path.of(file).toAbsolutePath();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        if (!Files.exists(path)) {
            return Optional.of(new InputFile(Fault.MISSING, path));
        }
        if (Files.isDirectory(path)) {
            return Optional.of(new InputFile(Fault.FOLDER, path));
        }
        return Files.isReadable(path) ? Optional.empty() : Optional.of(new InputFile(Fault.UNREADABLE, path));
    }

    public String message() {
        return switch (fault) {
            case MISSING -> "the input file " + path + " does not exist";
            case FOLDER -> "the input " + path + " is a folder; give a file";
            case UNREADABLE -> "the input file " + path + " cannot be read";
        };
    }
}
