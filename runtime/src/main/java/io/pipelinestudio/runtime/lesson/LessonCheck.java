package io.pipelinestudio.runtime.lesson;

import io.pipelinestudio.model.Pipeline;
import io.pipelinestudio.model.file.AtomicFile;
import io.pipelinestudio.model.lesson.Lesson;
import io.pipelinestudio.model.lesson.LessonAction;
import io.pipelinestudio.model.lesson.LessonFormatException;
import io.pipelinestudio.model.lesson.OpenedLesson;
import io.pipelinestudio.model.lesson.LessonParameters;
import io.pipelinestudio.model.lesson.LessonStep;
import io.pipelinestudio.model.lesson.SettingChange;
import io.pipelinestudio.model.validate.ExecutionMode;
import io.pipelinestudio.runtime.run.InvalidPipelineException;
import io.pipelinestudio.runtime.run.PipelineRunner;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Checks a lesson headless: reads it and its pipeline, refuses with every problem a lesson that could not be
 * followed, then carries out its steps in order on the embedded cluster (runs, comparisons, setting changes)
 * and compares every expected output with its golden file as a set of lines ({@link LineComparison}). With
 * {@code update}, the runs' outputs become the golden files instead, written only when every step succeeded.
 */
public final class LessonCheck {
    /** How a check ended: the command line's exit codes 0, 1 and 2. */
    public enum Verdict { PASSED, FAILED, INVALID }

    /** The most lines of each kind (missing, unexpected) shown for one output; the counts tell the rest. */
    static final int SHOWN_LINES = 20;

    private final PrintStream out;
    private final PrintStream err;
    private final boolean verbose;

    public LessonCheck(PrintStream out, PrintStream err, boolean verbose) {
        this.out = out;
        this.err = err;
        this.verbose = verbose;
    }

    public Verdict check(Path lessonFile, boolean update) {
        OpenedLesson opened;
        try {
            opened = OpenedLesson.open(lessonFile, !update);
        } catch (LessonFormatException e) {
            e.problems().forEach(err::println);
            return Verdict.INVALID;
        }
        Lesson lesson = opened.lesson();
        Path folder = opened.folder();
        Pipeline pipeline = opened.pipeline();
        Path work;
        try {
            work = Files.createTempDirectory("studio-lesson-");
        } catch (IOException e) {
            err.println("error: cannot create a folder for the check's outputs: " + e.getMessage());
            return Verdict.FAILED;
        }
        try (PipelineRunner runner = new PipelineRunner()) {
            return follow(lesson, folder, pipeline, new LessonRuns(runner, work), update);
        } catch (InvalidPipelineException e) {
            // the lesson's checks validated every run beforehand; kept for a pipeline that changes under us
            e.problems().forEach(err::println);
            return Verdict.INVALID;
        } catch (LessonFormatException e) {
            e.problems().forEach(err::println);
            return Verdict.INVALID;
        } catch (Exception e) {
            err.println("error: " + (e.getMessage() == null ? "the check stopped unexpectedly; --verbose tells where"
                    : e.getMessage()));
            if (verbose) {
                e.printStackTrace(err);
            }
            return Verdict.FAILED;
        } finally {
            deleteQuietly(work);
        }
    }

    private Verdict follow(Lesson lesson, Path folder, Pipeline start, LessonRuns runs, boolean update)
            throws InvalidPipelineException, LessonFormatException, IOException {
        Pipeline current = start;
        List<Integer> failedSteps = new ArrayList<>();
        Map<Path, Path> newGolden = new LinkedHashMap<>();
        for (int i = 0; i < lesson.steps().size(); i++) {
            LessonStep step = lesson.steps().get(i);
            int number = i + 1;
            String head = "step " + number + (step.action() == null ? "" : " (" + step.action().summary() + ")") + ": ";
            boolean passed = true;
            if (step.action() == null) {
                out.println(head + "explains, nothing to run");
            } else if (step.action() instanceof LessonAction.SetAction set) {
                current = SettingChange.apply(current, set);
                out.println(head + "changed for the steps that follow");
            } else if (step.action() instanceof LessonAction.RunAction action) {
                LessonRun run = runs.run(current, action.mode(), LessonParameters.forRun(lesson, folder, current, action));
                passed = update ? takeAsGolden(head, step, folder, run, newGolden) : checkExpected(head, step, folder, run);
            } else if (step.action() instanceof LessonAction.CompareAction) {
                passed = compareModes(head, lesson, folder, current, runs);
            }
            if (!passed) {
                failedSteps.add(number);
            }
        }
        return conclude(lesson, failedSteps, update, newGolden);
    }

    private Verdict conclude(Lesson lesson, List<Integer> failedSteps, boolean update, Map<Path, Path> newGolden)
            throws IOException {
        String title = "lesson '" + lesson.title() + "'";
        if (!failedSteps.isEmpty()) {
            out.println(title + ": " + failedSteps.size() + " of " + lesson.steps().size() + " steps failed (step"
                    + (failedSteps.size() == 1 ? " " : "s ") + failedSteps.toString().replaceAll("[\\[\\]]", "") + ")"
                    + (update ? "; no golden file was written" : ""));
            return Verdict.FAILED;
        }
        if (update) {
            for (Map.Entry<Path, Path> golden : newGolden.entrySet()) {
                // written in one step: a crash leaves the old golden file or the new one, never half of one
                AtomicFile.write(golden.getKey(), Files.readAllBytes(golden.getValue()));
            }
            out.println(title + ": wrote " + newGolden.size() + " golden " + (newGolden.size() == 1 ? "file" : "files"));
        } else {
            out.println(title + ": all " + lesson.steps().size() + " steps pass");
        }
        return Verdict.PASSED;
    }

    private boolean checkExpected(String head, LessonStep step, Path folder, LessonRun run) {
        if (!run.result().succeeded()) {
            return reportFailedRun(head, run);
        }
        List<String> report = new ArrayList<>();
        int differing = 0;
        for (Map.Entry<String, String> expected : step.expect().entrySet()) {
            List<String> golden = LessonRun.lines(folder.resolve(expected.getValue()));
            List<String> actual = LessonRun.lines(run.outputs().get(expected.getKey()));
            LineComparison comparison = LineComparison.of(golden, actual);
            if (!comparison.matches()) {
                differing++;
                report.add("  output '" + expected.getKey() + "' differs from " + expected.getValue() + ": "
                        + describe(comparison, golden.size(), actual.size()));
                report.addAll(shown(comparison, "missing:    ", "unexpected: "));
            }
        }
        int expectedCount = step.expect().size();
        if (differing == 0) {
            out.println(head + (expectedCount == 0 ? "finished, no outputs expected"
                    : expectedCount + (expectedCount == 1 ? " output matches" : " outputs match")));
            return true;
        }
        out.println(head + differing + " of " + expectedCount + (expectedCount == 1 ? " output differs" : " outputs differ"));
        report.forEach(out::println);
        return false;
    }

    private boolean takeAsGolden(String head, LessonStep step, Path folder, LessonRun run, Map<Path, Path> newGolden)
            throws IOException {
        if (!run.result().succeeded()) {
            return reportFailedRun(head, run);
        }
        List<String> report = new ArrayList<>();
        for (Map.Entry<String, String> expected : step.expect().entrySet()) {
            Path output = run.outputs().get(expected.getKey());
            if (!Files.exists(output)) {
                // no rejected records leave no rejected file: the golden copy is empty, as a check reads it
                Files.createDirectories(output.getParent());
                Files.write(output, new byte[0]);
            }
            Path golden = folder.resolve(expected.getValue()).normalize();
            Path earlier = newGolden.putIfAbsent(golden, output);
            LineComparison comparison = earlier == null ? null
                    : LineComparison.of(LessonRun.lines(earlier), LessonRun.lines(output));
            if (comparison != null && !comparison.matches()) {
                // one golden file for two different outputs: a check could never pass, whichever were written
                report.add("  output '" + expected.getKey() + "' differs from what an earlier step gives "
                        + expected.getValue() + ": " + describe(comparison, comparison.missing().size(),
                                comparison.unexpected().size()));
                report.addAll(shown(comparison, "earlier only: ", "this only:    "));
            }
        }
        if (!report.isEmpty()) {
            out.println(head + "cannot be taken as golden");
            report.forEach(out::println);
            return false;
        }
        out.println(head + step.expect().size() + (step.expect().size() == 1 ? " output" : " outputs")
                + " taken as golden");
        return true;
    }

    private boolean compareModes(String head, Lesson lesson, Path folder, Pipeline current, LessonRuns runs)
            throws InvalidPipelineException, LessonFormatException {
        LessonAction.RunAction asLesson = new LessonAction.RunAction(ExecutionMode.BATCH, null, Map.of());
        Map<String, String> parameters = LessonParameters.forRun(lesson, folder, current, asLesson);
        LessonRun batch = runs.run(current, ExecutionMode.BATCH, parameters);
        LessonRun streaming = runs.run(current, ExecutionMode.STREAMING, parameters);
        if (!batch.result().succeeded()) {
            return reportFailedRun(head + "the BATCH ", batch);
        }
        if (!streaming.result().succeeded()) {
            return reportFailedRun(head + "the STREAMING ", streaming);
        }
        List<String> report = new ArrayList<>();
        int lines = 0;
        for (Map.Entry<String, Path> output : batch.nodeOutputs().entrySet()) {
            List<String> batchLines = LessonRun.lines(output.getValue());
            List<String> streamingLines = LessonRun.lines(streaming.nodeOutputs().get(output.getKey()));
            lines += batchLines.size();
            LineComparison comparison = LineComparison.of(batchLines, streamingLines);
            if (!comparison.matches()) {
                report.add("  output of '" + output.getKey() + "': " + comparison.missing().size()
                        + " lines only in BATCH, " + comparison.unexpected().size() + " only in STREAMING ("
                        + batchLines.size() + " vs " + streamingLines.size() + " lines)");
                report.addAll(shown(comparison, "only in BATCH:     ", "only in STREAMING: "));
            }
        }
        int outputs = batch.nodeOutputs().size();
        if (report.isEmpty()) {
            out.println(head + "BATCH and STREAMING agree on " + outputs + (outputs == 1 ? " output" : " outputs")
                    + " (" + lines + " lines)");
            return true;
        }
        out.println(head + "BATCH and STREAMING differ");
        report.forEach(out::println);
        return false;
    }

    private boolean reportFailedRun(String head, LessonRun run) {
        out.println(head + "the run " + (run.result().failure() == null ? "was " + run.result().state()
                : "failed: " + run.result().failure()));
        if (verbose && run.result().failure() != null && run.result().failure().stackTrace() != null) {
            out.println(run.result().failure().stackTrace());
        }
        return false;
    }

    private static String describe(LineComparison comparison, int goldenLines, int actualLines) {
        return comparison.missing().size() + (comparison.missing().size() == 1 ? " line" : " lines") + " missing, "
                + comparison.unexpected().size() + " unexpected (" + goldenLines + " lines expected, " + actualLines
                + " found)";
    }

    /** At most {@link #SHOWN_LINES} of each kind, then how many more. */
    private static List<String> shown(LineComparison comparison, String missingLabel, String unexpectedLabel) {
        List<String> shown = new ArrayList<>();
        addShown(shown, comparison.missing(), missingLabel);
        addShown(shown, comparison.unexpected(), unexpectedLabel);
        return shown;
    }

    private static void addShown(List<String> shown, List<String> lines, String label) {
        lines.stream().limit(SHOWN_LINES).forEach(line -> shown.add("    " + label + line));
        if (lines.size() > SHOWN_LINES) {
            shown.add("    " + label + "... and " + (lines.size() - SHOWN_LINES) + " more");
        }
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless; the check's verdict stands
        }
    }
}
