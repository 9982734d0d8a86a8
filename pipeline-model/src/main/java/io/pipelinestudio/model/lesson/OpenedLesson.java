package io.pipelinestudio.model.lesson;

import io.pipelinestudio.model.Pipeline;
import io.pipelinestudio.model.json.PipelineFormatException;
import io.pipelinestudio.model.json.PipelineJson;
import java.nio.file.Path;
import java.util.List;

/**
 * A lesson read with its pipeline and checked as a whole, for the command line's check and the designer's
 * player alike: every problem of the file, the pipeline and the steps is found before anything runs.
 */
public record OpenedLesson(Lesson lesson, Path folder, Pipeline pipeline) {
    /**
     * Reads and checks {@code lessonFile}; {@code goldenFilesMustExist} is false when the golden files are
     * about to be written. Throws with every problem, each as {@code step N: ...}, {@code lesson: ...} or
     * {@code node-id: ...}.
     */
    public static OpenedLesson open(Path lessonFile, boolean goldenFilesMustExist) throws LessonFormatException {
        Path folder = lessonFile.toAbsolutePath().normalize().getParent();
        Lesson lesson = LessonJson.read(lessonFile);
        Pipeline pipeline = readPipeline(folder.resolve(lesson.pipeline()).normalize());
        List<String> problems = LessonChecks.problems(lesson, folder, pipeline, goldenFilesMustExist);
        if (!problems.isEmpty()) {
            throw new LessonFormatException(problems);
        }
        return new OpenedLesson(lesson, folder, pipeline);
    }

    private static Pipeline readPipeline(Path file) throws LessonFormatException {
        try {
            return PipelineJson.read(file);
        } catch (PipelineFormatException e) {
            if (e.target() == null) {
                throw new LessonFormatException("lesson: pipeline: " + e.getMessage());
            }
            throw new LessonFormatException(e.target() + ": " + e.problem()
                    + (e.jsonPath() == null ? " (in " : " (at " + e.jsonPath() + " in ") + file + ")");
        }
    }
}
