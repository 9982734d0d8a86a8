package io.pipelinestudio.runtime.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import io.pipelinestudio.runtime.cli.CliProbe;
import io.pipelinestudio.runtime.testing.TestFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./studio lesson check}: the shipped lessons pass (this is how they are tested in CI), a changed golden
 * line fails naming its step and the line, an invalid lesson is refused before anything runs, and {@code
 * --update} writes golden files only from runs that succeeded.
 */
class LessonCheckTest {
    @TempDir
    Path dir;

    private static Path shipped(String name) {
        return TestFiles.repositoryRoot().resolve("assets/lessons").resolve(name);
    }

    /** A copy of a shipped lesson's folder, its lesson file replaced by {@code steps} when not null. */
    private Path copyOf(String name, String steps) throws IOException {
        Path source = shipped(name);
        Path target = dir.resolve(name);
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path copy = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        if (steps != null) {
            Files.writeString(target.resolve("lesson.json"), """
                    {"formatVersion": 1, "title": "test", "pipeline": "pipeline.json",
                     "parameters": %s, "steps": [%s]}
                    """.formatted(lessonParameters(source.resolve("lesson.json")), steps));
        }
        return target.resolve("lesson.json");
    }

    /** The lesson-wide parameters of a lesson file, as JSON: the first "parameters" object in it. */
    private static String lessonParameters(Path lesson) throws IOException {
        return Files.readString(lesson).replaceFirst("(?s)^.*?\"parameters\": (\\{[^}]*\\}).*$", "$1");
    }

    private static List<String> filesUnder(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.map(folder::relativize).map(Path::toString).sorted().toList();
        }
    }

    @Test
    void theShippedLessonsPass() throws IOException {
        for (String name : List.of("window-count", "learning-rate", "cross-entropy")) {
            List<String> before = filesUnder(shipped(name));

            CliProbe.Result result = CliProbe.run("lesson", "check", shipped(name).resolve("lesson.json").toString());

            assertThat(result.exitCode()).as(name + ": " + result.out() + result.err()).isZero();
            assertThat(result.out()).contains("steps pass").doesNotContain("differ");
            // outputs went to the check's own folder: the lesson's folder holds what it held
            assertThat(filesUnder(shipped(name))).isEqualTo(before);
        }
    }

    @Test
    void aChangedGoldenLineFailsNamingTheStepAndTheLines() throws IOException {
        Path lesson = copyOf("window-count", """
                {"caption": "intro"},
                {"action": {"kind": "run", "mode": "BATCH"}, "expect": {"output": "golden/counts.csv"}}
                """);
        Path golden = lesson.resolveSibling("golden/counts.csv");
        String original = "1700000000000,1700000010000,sensor-a,6";
        Files.writeString(golden, Files.readString(golden).replace(original, "1700000000000,1700000010000,sensor-a,7"));

        CliProbe.Result result = CliProbe.run("lesson", "check", lesson.toString());

        assertThat(result.exitCode()).as(result.out()).isEqualTo(1);
        assertThat(result.out()).contains("step 2 (run BATCH): 1 of 1 output differs",
                "output 'output' differs from golden/counts.csv: 1 line missing, 1 unexpected",
                "missing:    1700000000000,1700000010000,sensor-a,7",
                "unexpected: " + original,
                "1 of 2 steps failed (step 2)");
    }

    @Test
    void anInvalidLessonIsRefusedWithEveryProblemOnItsStep() throws IOException {
        Path lesson = copyOf("learning-rate", """
                {"caption": "intro", "highlight": ["train", "optimizer"]},
                {"action": {"kind": "set", "node": "train", "setting": "stepSize", "value": 2.5}},
                {"action": {"kind": "run", "mode": "BATCH"}, "expect": {"output": "golden/no-such-file.csv"}}
                """);

        CliProbe.Result result = CliProbe.run("lesson", "check", lesson.toString());

        assertThat(result.exitCode()).as(result.err()).isEqualTo(2);
        assertThat(result.err().lines()).containsExactly(
                "step 1: highlight: no node 'optimizer' in the pipeline",
                "step 2: set: node 'train' (train) has no setting 'stepSize'; its settings are label, model, features,"
                        + " labelField, learningRate, l2, standardize, epochs, tolerance, batchSize, stepsPerBatch,"
                        + " modelPath",
                "step 3: expect: the golden file golden/no-such-file.csv for 'output' does not exist (a teacher writes"
                        + " it with ./studio lesson check LESSON --update)");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void updateWritesTheGoldenFilesFromTheRuns() throws IOException {
        Path lesson = copyOf("window-count", """
                {"action": {"kind": "run", "mode": "STREAMING"},
                 "expect": {"output": "golden/new/counts.csv", "rejected": "golden/new/rejected.tsv"}}
                """);

        CliProbe.Result result = CliProbe.run("lesson", "check", lesson.toString(), "--update");

        assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
        assertThat(result.out()).contains("step 1 (run STREAMING): 2 outputs taken as golden", "wrote 2 golden files");
        assertThat(TestFiles.sortedLines(lesson.resolveSibling("golden/new/counts.csv")))
                .isEqualTo(TestFiles.sortedLines(shipped("window-count").resolve("golden/counts.csv")));
        assertThat(TestFiles.lines(lesson.resolveSibling("golden/new/rejected.tsv")))
                .isEqualTo(TestFiles.lines(shipped("window-count").resolve("golden/rejected.tsv")));
        assertThat(filesUnder(lesson.resolveSibling("golden/new"))).doesNotContain("counts.csv.saving");
    }

    @Test
    void updateWritesNothingWhenARunFails() throws IOException {
        Path lesson = copyOf("learning-rate", """
                {"action": {"kind": "set", "node": "train", "setting": "learningRate", "value": 2.5}},
                {"action": {"kind": "run", "mode": "BATCH"}, "expect": {"output": "golden/loss-converging.csv"}}
                """);
        Path golden = lesson.resolveSibling("golden/loss-converging.csv");
        String before = Files.readString(golden);

        CliProbe.Result result = CliProbe.run("lesson", "check", lesson.toString(), "--update");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).contains("step 2 (run BATCH): the run failed: train: training diverged",
                "1 of 2 steps failed (step 2); no golden file was written");
        assertThat(Files.readString(golden)).isEqualTo(before);
    }

    @Test
    void helpSaysHowToCheckALesson() {
        CliProbe.Result result = CliProbe.run("lesson", "--help");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("./studio lesson check LESSON.json [--update]");
    }
}
