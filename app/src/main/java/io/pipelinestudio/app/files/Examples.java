package io.pipelinestudio.app.files;

import io.pipelinestudio.model.Pipeline;
import io.pipelinestudio.model.json.PipelineFormatException;
import io.pipelinestudio.model.json.PipelineJson;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Finds the example pipelines in assets/examples and reads their names and descriptions. */
public final class Examples {
    public static final String PROPERTY = "pipelinestudio.examples.dir";

    private Examples() {}

    /** One example: its file, name and one-line description, or why it cannot be read. */
    public record Example(Path file, String name, String description, String error) {}

    /** Whether {@code file} is one of the examples this installation ships. */
    public static boolean ships(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return directory().map(dir -> absolute.getParent() != null
                && absolute.getParent().equals(dir.toAbsolutePath().normalize())).orElse(false);
    }

    /** The examples folder: the system property, else assets/examples of the install ({@code studio.home}), the working folder or the code's location. */
    public static Optional<Path> directory() {
        String override = System.getProperty(PROPERTY);
        if (override != null && !override.isBlank()) {
            return Optional.of(Path.of(override));
        }
        String home = System.getProperty("studio.home");
        if (home != null && !home.isBlank() && Files.isDirectory(Path.of(home, "assets", "examples"))) {
            return Optional.of(Path.of(home, "assets", "examples"));
        }
        Path here = Path.of("assets", "examples").toAbsolutePath();
        if (Files.isDirectory(here)) {
            return Optional.of(here);
        }
        try {
            Path code = Path.of(Examples.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (Path dir = code; dir != null; dir = dir.getParent()) {
                Path candidate = dir.resolve("assets").resolve("examples");
                if (Files.isDirectory(candidate)) {
                    return Optional.of(candidate);
                }
            }
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** The shipped lessons' folder, beside the examples'. */
    public static Optional<Path> lessonsFolder() {
        return directory().map(dir -> dir.toAbsolutePath().normalize().resolveSibling("lessons"))
                .filter(Files::isDirectory);
    }

    /** Reads every example; slow, so call it off the FX thread. */
    public static List<Example> list() throws IOException {
        Optional<Path> dir = directory();
        List<Example> examples = new ArrayList<>();
        if (dir.isEmpty() || !Files.isDirectory(dir.get())) {
            return examples;
        }
        try (Stream<Path> files = Files.list(dir.get())) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList()) {
                try {
                    Pipeline pipeline = PipelineJson.read(file);
                    String name = pipeline.name() == null || pipeline.name().isBlank()
                            ? file.getFileName().toString() : pipeline.name();
                    examples.add(new Example(file, name,
                            pipeline.description() == null ? "" : pipeline.description(), null));
                } catch (PipelineFormatException e) {
                    examples.add(new Example(file, file.getFileName().toString(), "", e.getMessage()));
                }
            }
        }
        return examples;
    }
}
