package io.pipelinestudio.model.lesson;

import io.pipelinestudio.model.ParameterSpec;
import io.pipelinestudio.model.Pipeline;
import io.pipelinestudio.model.node.Node;
import io.pipelinestudio.model.text.UserText;
import io.pipelinestudio.model.validate.ExecutionMode;
import io.pipelinestudio.model.validate.PipelineValidator;
import io.pipelinestudio.model.validate.Problem;
import io.pipelinestudio.model.validate.ValidationReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Everything wrong with a lesson against its pipeline, found before anything runs: highlights of nodes that
 * do not exist, settings a {@code set} cannot change, outputs and golden files that are not there, parameters
 * the pipeline does not declare, and a pipeline a run step could not run. Steps are followed in order, so a
 * step is checked against the pipeline as the {@code set} steps before it left it.
 */
public final class LessonChecks {
    private LessonChecks() {}

    /** The problems, in step order, each as {@code step N: ...} ({@code lesson:} or a node id for the whole). */
    public static List<String> problems(Lesson lesson, Path folder, Pipeline pipeline, boolean goldenFilesMustExist) {
        List<String> problems = new ArrayList<>();
        checkParameterNames(lesson.parameters().keySet(), pipeline, "lesson: parameters", problems);
        for (Node node : LessonOutputs.fixedOutputs(pipeline)) {
            problems.add(node.id() + ": writes to the fixed path '" + UserText.quote(node.filesWritten().get(0))
                    + "'; a lesson needs every output given through a ${parameter}, so that checking it writes"
                    + " elsewhere and never over the lesson's files");
        }
        Pipeline current = pipeline;
        // a fault of the pipeline itself would show on every run step; it is told once, on the first
        Set<String> toldOfThePipeline = new HashSet<>();
        for (int i = 0; i < lesson.steps().size(); i++) {
            LessonStep step = lesson.steps().get(i);
            String where = "step " + (i + 1) + ": ";
            for (String id : step.highlight()) {
                if (current.node(id).isEmpty()) {
                    problems.add(where + "highlight: no node '" + UserText.quote(id) + "' in the pipeline");
                }
            }
            if (step.action() instanceof LessonAction.SetAction set) {
                try {
                    current = SettingChange.apply(current, set);
                } catch (IllegalArgumentException e) {
                    problems.add(where + "set: " + e.getMessage());
                }
            } else if (step.action() instanceof LessonAction.RunAction run) {
                checkParameterNames(run.parameters().keySet(), current, where + "run: parameters", problems);
                checkRunnable(current, run.mode(), LessonParameters.forRun(lesson, folder, current, run), where,
                        toldOfThePipeline, problems);
            } else if (step.action() instanceof LessonAction.CompareAction) {
                for (ExecutionMode mode : ExecutionMode.values()) {
                    LessonAction.RunAction run = new LessonAction.RunAction(mode, null, Map.of());
                    checkRunnable(current, mode, LessonParameters.forRun(lesson, folder, current, run), where,
                            toldOfThePipeline, problems);
                }
            }
            checkExpected(step, folder, current, goldenFilesMustExist, where, problems);
        }
        return problems;
    }

    private static void checkExpected(LessonStep step, Path folder, Pipeline current, boolean goldenFilesMustExist,
            String where, List<String> problems) {
        if (step.expect().isEmpty()) {
            return;
        }
        if (!(step.action() instanceof LessonAction.RunAction)) {
            problems.add(where + "expect: only a step that runs the pipeline has outputs to expect");
            return;
        }
        Set<String> outputs = LessonOutputs.names(current);
        for (Map.Entry<String, String> expected : step.expect().entrySet()) {
            if (!outputs.contains(expected.getKey())) {
                problems.add(where + "expect: no output '" + UserText.quote(expected.getKey())
                        + "'; the pipeline's outputs are " + String.join(", ", outputs));
            }
            Path golden = folder.resolve(expected.getValue());
            if (goldenFilesMustExist && !Files.isRegularFile(golden)) {
                problems.add(where + "expect: the golden file " + UserText.quote(expected.getValue()) + " for '"
                        + UserText.quote(expected.getKey()) + "' does not exist"
                        + " (a teacher writes it with ./studio lesson check LESSON --update)");
            }
        }
    }

    private static void checkRunnable(Pipeline pipeline, ExecutionMode mode, Map<String, String> parameters,
            String where, Set<String> toldOfThePipeline, List<String> problems) {
        ValidationReport report = PipelineValidator.validateForRun(pipeline, mode, parameters);
        for (Problem problem : report.errors()) {
            if (toldOfThePipeline.add(problem.toString())) {
                problems.add(where + problem);
            }
        }
    }

    private static void checkParameterNames(Set<String> names, Pipeline pipeline, String where, List<String> problems) {
        for (String name : names) {
            if (pipeline.parameter(name).isEmpty()) {
                problems.add(where + ": '" + UserText.quote(name) + "' is not a parameter of the pipeline; its"
                        + " parameters are " + pipeline.parameters().stream().map(ParameterSpec::name)
                                .collect(Collectors.joining(", ")));
            }
        }
    }

}
