package io.pipelinestudio.model.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import io.pipelinestudio.model.Pipeline;
import io.pipelinestudio.model.json.PipelineJson;
import io.pipelinestudio.model.node.TrainNode;
import io.pipelinestudio.model.validate.ExecutionMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading lesson files, their mistakes in words on the step at fault, and the checks against the pipeline. */
class LessonJsonTest {
    private static final String PIPELINE = """
            {"formatVersion": 1, "name": "fit",
             "parameters": [{"name": "input"}, {"name": "output"}, {"name": "model"}, {"name": "threshold"}],
             "nodes": [
              {"kind": "csv-source", "id": "examples", "path": "${input}", "delimiter": ",",
               "fields": [{"name": "x", "type": "double"}, {"name": "y", "type": "double"}]},
              {"kind": "train", "id": "train", "model": "linear-regression", "features": ["x"], "labelField": "y",
               "learningRate": 0.3, "standardize": true, "epochs": 100, "tolerance": 1e-9, "batchSize": 10,
               "stepsPerBatch": 1, "modelPath": "${model}"},
              {"kind": "csv-sink", "id": "losses", "path": "${output}", "delimiter": ","}],
             "edges": [{"from": "examples", "to": "train"}, {"from": "train", "to": "losses"}]}
            """;

    @TempDir
    Path folder;

    private static String lesson(String steps) {
        return """
                {"formatVersion": 1, "title": "t", "pipeline": "pipeline.json",
                 "parameters": {"input": "data/in.csv", "output": "out/loss.csv", "model": "out/model.json"},
                 "steps": [%s]}
                """.formatted(steps);
    }

    private static String problem(String text) {
        try {
            LessonJson.read(text);
        } catch (LessonFormatException e) {
            assertThat(e.problems()).hasSize(1);
            assertThat(e.getMessage()).doesNotContain("io.pipelinestudio", "java.", "Exception", "`");
            return e.problems().get(0);
        }
        throw new AssertionError("Expected the lesson to be refused but it was read");
    }

    private List<String> checks(String steps, boolean goldenMustExist) throws Exception {
        Pipeline pipeline = PipelineJson.read(PIPELINE);
        return LessonChecks.problems(LessonJson.read(lesson(steps)), folder, pipeline, goldenMustExist);
    }

    @Test
    void readsEveryActionKindWithItsSettings() throws Exception {
        Lesson lesson = LessonJson.read(lesson("""
                {"caption": "*look*", "highlight": ["train"]},
                {"action": {"kind": "run", "mode": "batch", "speed": 20, "parameters": {"input": "b.csv"}},
                 "expect": {"output": "golden/loss.csv"}},
                {"action": {"kind": "compare"}},
                {"action": {"kind": "set", "node": "train", "setting": "learningRate", "value": 2.5}}
                """));

        assertThat(lesson.steps()).hasSize(4);
        assertThat(lesson.steps().get(0).caption()).isEqualTo("*look*");
        assertThat(lesson.steps().get(0).action()).isNull();
        assertThat(lesson.steps().get(1).action()).isEqualTo(new LessonAction.RunAction(ExecutionMode.BATCH, 20.0,
                Map.of("input", "b.csv")));
        assertThat(lesson.steps().get(1).expect()).containsEntry("output", "golden/loss.csv");
        assertThat(lesson.steps().get(2).action()).isInstanceOf(LessonAction.CompareAction.class);
        LessonAction.SetAction set = (LessonAction.SetAction) lesson.steps().get(3).action();
        assertThat(set.value().doubleValue()).isEqualTo(2.5);
    }

    @Test
    void mistakesAreToldOnTheStepCountedFromOne() {
        assertThat(problem(lesson("{}, {\"action\": {\"kind\": \"jump\"}}")))
                .isEqualTo("step 2: action: unknown action kind 'jump'; expected run, compare or set");
        assertThat(problem(lesson("{\"action\": {\"kind\": \"run\", \"mode\": \"fast\"}}")))
                .isEqualTo("step 1: action.mode: expected one of BATCH, STREAMING but found 'fast'");
        assertThat(problem(lesson("{\"action\": {\"kind\": \"run\"}}")))
                .isEqualTo("step 1: action: a run needs a 'mode': BATCH or STREAMING");
        assertThat(problem(lesson("{\"captoin\": \"x\"}")))
                .startsWith("step 1: unknown property 'captoin'; expected one of action, caption, expect, highlight");
        assertThat(problem(lesson("{\"highlight\": [\"a\", null]}"))).isEqualTo("step 1: highlight[1]: expected a value but found null");
        assertThat(problem(lesson("{\"action\": {\"kind\": \"set\", \"node\": \"train\", \"setting\": \"epochs\"}}")))
                .isEqualTo("step 1: action: a set needs a 'value'");
    }

    @Test
    void aFileOfANewerFormatOrNoLessonAtAllIsRefused() {
        assertThat(problem(lesson("{}").replace("\"formatVersion\": 1", "\"formatVersion\": 9")))
                .startsWith("lesson: this file has format version 9, written by a newer Pipeline Studio");
        assertThat(problem("[1, 2]")).isEqualTo("lesson: expected a JSON object describing a lesson");
        assertThat(problem("{\"formatVersion\": 1, \"title\": \"t\", \"steps\": [{}]}"))
                .startsWith("lesson: 'pipeline' is required");
        assertThat(problem("{\"formatVersion\": 1,")).startsWith("lesson: not valid JSON");
    }

    @Test
    void aLessonThatFitsItsPipelineHasNoProblems() throws Exception {
        Files.createDirectories(folder.resolve("golden"));
        Files.writeString(folder.resolve("golden/loss.csv"), "0,1.0\n");

        assertThat(checks("""
                {"highlight": ["train", "losses"], "action": {"kind": "run", "mode": "BATCH"},
                 "expect": {"output": "golden/loss.csv", "train": "golden/loss.csv", "rejected": "golden/loss.csv"}}
                """, true)).isEmpty();
    }

    @Test
    void highlightsSettingsOutputsAndGoldenFilesAreCheckedOnTheirStep() throws Exception {
        List<String> problems = checks("""
                {"highlight": ["train", "trian"]},
                {"action": {"kind": "set", "node": "train", "setting": "learningRat", "value": 1}},
                {"action": {"kind": "set", "node": "trainer", "setting": "epochs", "value": 1}},
                {"action": {"kind": "set", "node": "train", "setting": "epochs", "value": "many"}},
                {"action": {"kind": "run", "mode": "BATCH", "parameters": {"treshold": "1"}},
                 "expect": {"output": "golden/none.csv", "losss": "golden/loss.csv"}},
                {"action": {"kind": "compare"}, "expect": {"output": "golden/loss.csv"}}
                """, true);

        assertThat(problems).containsExactly(
                "step 1: highlight: no node 'trian' in the pipeline",
                "step 2: set: node 'train' (train) has no setting 'learningRat'; its settings are label, model,"
                        + " features, labelField, learningRate, l2, standardize, epochs, tolerance, batchSize,"
                        + " stepsPerBatch, modelPath",
                "step 3: set: no node 'trainer' in the pipeline; its nodes are examples, train, losses",
                "step 4: set: epochs: expected a whole number but found 'many'",
                "step 5: run: parameters: 'treshold' is not a parameter of the pipeline; its parameters are input,"
                        + " output, model, threshold",
                "step 5: expect: the golden file golden/none.csv for 'output' does not exist (a teacher writes it"
                        + " with ./studio lesson check LESSON --update)",
                "step 5: expect: no output 'losss'; the pipeline's outputs are model, output, train, losses, rejected",
                "step 5: expect: the golden file golden/loss.csv for 'losss' does not exist (a teacher writes it"
                        + " with ./studio lesson check LESSON --update)",
                "step 6: expect: only a step that runs the pipeline has outputs to expect");
    }

    @Test
    void aPipelineThatCannotRunIsToldOnceOnTheFirstStepThatRunsIt() throws Exception {
        List<String> problems = checks("""
                {"caption": "intro"},
                {"action": {"kind": "set", "node": "train", "setting": "features", "value": ["z"]}},
                {"action": {"kind": "run", "mode": "BATCH"}},
                {"action": {"kind": "compare"}}
                """, true);

        assertThat(problems).hasSize(1).allMatch(problem -> problem.startsWith("step 3: train: "));
    }

    @Test
    void aSetChangesTheSettingForTheStepsThatFollow() throws Exception {
        Pipeline pipeline = PipelineJson.read(PIPELINE);

        Pipeline changed = SettingChange.apply(pipeline, new LessonAction.SetAction("train", "learningRate",
                com.fasterxml.jackson.databind.node.DoubleNode.valueOf(2.5)));

        assertThat(((TrainNode) changed.node("train").orElseThrow()).learningRate()).isEqualTo(2.5);
        assertThat(((TrainNode) pipeline.node("train").orElseThrow()).learningRate()).isEqualTo(0.3);
        assertThat(changed.edges()).isEqualTo(pipeline.edges());
    }

    @Test
    void pathParametersAreResolvedAgainstTheLessonsFolderAndOthersAreNot() throws Exception {
        Lesson lesson = LessonJson.read(lesson("{}").replace("\"model\": \"out/model.json\"",
                "\"model\": \"out/model.json\", \"threshold\": \"0.5\""));

        Map<String, String> values = LessonParameters.forRun(lesson, folder, PipelineJson.read(PIPELINE),
                new LessonAction.RunAction(ExecutionMode.BATCH, null, Map.of("input", "other.csv")));

        assertThat(values).containsEntry("input", folder.resolve("other.csv").toString())
                .containsEntry("output", folder.resolve("out/loss.csv").toString())
                .containsEntry("threshold", "0.5");
    }
}
