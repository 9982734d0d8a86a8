package io.pipelinestudio.runtime.lesson;

import io.pipelinestudio.runtime.run.RunResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One run of a lesson's pipeline: how it ended and where each of its outputs went, by the names a step's
 * {@code expect} uses; {@code nodeOutputs} are the files the nodes wrote, by node id, for comparing two modes.
 */
record LessonRun(RunResult result, Map<String, Path> outputs, Map<String, Path> nodeOutputs) {
    /** An output's lines; none when the run did not write it (no rejected records leave no rejected file). */
    static List<String> lines(Path file) {
        try {
            return Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the output " + file + ": " + e.getMessage(), e);
        }
    }
}
