package io.pipelinestudio.model.lesson;

import io.pipelinestudio.model.Pipeline;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The parameter values of a lesson's run: the lesson's, overridden by the run step's, with the value of every
 * parameter used in a file path resolved against the lesson's folder, so a lesson runs from any working folder.
 */
public final class LessonParameters {
    private LessonParameters() {}

    public static Map<String, String> forRun(Lesson lesson, Path folder, Pipeline pipeline, LessonAction.RunAction run) {
        Map<String, String> given = new LinkedHashMap<>(lesson.parameters());
        given.putAll(run.parameters());
        Set<String> paths = LessonOutputs.pathParameters(pipeline);
        Map<String, String> values = new LinkedHashMap<>();
        given.forEach((name, value) -> values.put(name, paths.contains(name) ? resolve(folder, value) : value));
        return values;
    }

    private static String resolve(Path folder, String value) {
        try {
            return folder.resolve(value).normalize().toString();
        } catch (InvalidPathException e) {
            // the validator names a path this machine cannot name on its node
            return value;
        }
    }
}
