package io.pipelinestudio.runtime.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Reading and writing the line files of test runs. */
public final class TestFiles {
    private TestFiles() {}

    public static Path write(Path file, Collection<String> lines) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, lines, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path write(Path file, String... lines) {
        return write(file, List.of(lines));
    }

    public static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lines in sorted order: a multiset of lines, for output whose order the job does not define. */
    public static List<String> sortedLines(Path file) {
        return sorted(lines(file));
    }

    public static List<String> sorted(Collection<String> lines) {
        List<String> copy = new ArrayList<>(lines);
        copy.sort(null);
        return copy;
    }

    /** The repository's root, found from the module directory surefire runs in. */
    public static Path repositoryRoot() {
        Path dir = Paths.get("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("assets/examples"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("Expected assets/examples above " + Paths.get("").toAbsolutePath());
        }
        return dir;
    }
}
