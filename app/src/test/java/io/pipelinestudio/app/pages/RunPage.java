package io.pipelinestudio.app.pages;

import io.pipelinestudio.app.shell.Designer;
import io.pipelinestudio.app.support.Fx;
import io.pipelinestudio.model.validate.ExecutionMode;
import io.pipelinestudio.runtime.run.RunState;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Running a pipeline as a person does: the toolbar's Run, mode and Stop, and what the run shows. */
public final class RunPage {
    /** Generous: the first run of a test JVM waits for the embedded Flink cluster on a loaded machine. */
    private static final int RUN_SECONDS = 120;
    private final FxRobot robot;
    private final Designer designer;

    public RunPage(FxRobot robot, Designer designer) {
        this.robot = robot;
        this.designer = designer;
    }

    /** Values for the pipeline's parameters, as if typed into the parameters dialog earlier. */
    public RunPage withParameters(Map<String, String> values) {
        Fx.run(() -> designer.runs().setParameters(values));
        return this;
    }

    /** Types a value into the parameters dialog and confirms it with Enter, which presses its Run button. */
    public RunPage answerParameter(String name, String value) {
        robot.clickOn("#parameter-" + name).write(value);
        robot.type(javafx.scene.input.KeyCode.ENTER);
        return this;
    }

    public Map<String, String> parameters() {
        return Fx.get(() -> Map.copyOf(designer.runs().parameters()));
    }

    public RunPage mode(ExecutionMode mode) {
        robot.clickOn(mode == ExecutionMode.BATCH ? "#mode-batch" : "#mode-streaming");
        return this;
    }

    public RunPage run() {
        robot.clickOn("#run-button");
        return this;
    }

    /** Whether the designer asks before running a pipeline from elsewhere. */
    public boolean asksForConsent() {
        return robot.lookup("#run-consent-dialog").tryQuery().isPresent();
    }

    /** The files the consent question lists, each with what happens to it. */
    public List<String> consentWrites() {
        ListView<String> writes = robot.lookup("#run-writes").queryListView();
        return Fx.get(() -> List.copyOf(writes.getItems()));
    }

    /** Waits for the question about a pipeline from elsewhere and lets the run go ahead. */
    public RunPage answerConsentWhenAsked() {
        Fx.waitUntil("the question before a first run", this::asksForConsent);
        return answerConsent(true);
    }

    /** Answers the consent question with its Run or its Cancel button. */
    public RunPage answerConsent(boolean run) {
        Button button = robot.from(robot.lookup("#run-consent-dialog").queryAs(Node.class))
                .lookup(".button").queryAllAs(Button.class).stream()
                .filter(b -> b.getText().equals(run ? "Run" : "Cancel")).findFirst().orElseThrow();
        robot.clickOn(button);
        Fx.waitUntil("the question to close", () -> !asksForConsent());
        return this;
    }

    public RunPage stop() {
        robot.clickOn("#stop-button");
        return this;
    }

    public RunPage compare() {
        robot.clickOn("#compare-button");
        return this;
    }

    public RunState state() {
        return Fx.get(() -> designer.runs().stateProperty().get());
    }

    public boolean running() {
        return Fx.get(() -> designer.runs().isRunning());
    }

    public RunPage awaitState(RunState expected) {
        await("the run to be " + expected + " (it is " + state() + ")", () -> state() == expected);
        return this;
    }

    public RunPage awaitEnd() {
        await("the run to end", () -> !running());
        return this;
    }

    /** What the canvas shows under a node about the run, or null. */
    public String nodeStatus(String nodeId) {
        return Fx.get(() -> designer.canvas().nodeView(nodeId).map(v -> v.runStatus()).orElse(null));
    }

    public String edgeFlow(String edgeId) {
        return Fx.get(() -> designer.canvas().edgeView(edgeId).map(v -> v.flowText()).orElse(null));
    }

    public List<String> log() {
        return Fx.get(() -> List.copyOf(designer.runs().log()));
    }

    public boolean logContains(String text) {
        return log().stream().anyMatch(line -> line.contains(text));
    }

    public String statusBar() {
        return Fx.get(() -> ((javafx.scene.control.Label) robot.lookup("#run-status").query()).getText());
    }

    public String comparisonVerdict() {
        return Fx.get(() -> designer.runActions().comparison().verdict());
    }

    public List<String> comparisonDifferences() {
        return Fx.get(() -> List.copyOf(designer.runActions().comparison().differences()));
    }

    public List<List<Object>> previewRows() {
        return Fx.get(() -> designer.edgePreview().rows());
    }

    public List<String> previewColumns() {
        return Fx.get(() -> designer.edgePreview().columnNames());
    }

    /** The nodes for which Flink's busy and backpressured time has been read. */
    public java.util.Set<String> loadedNodes() {
        return Fx.get(() -> java.util.Set.copyOf(designer.runOverlay().loads().keySet()));
    }

    /** Clicks the rejected-records count under a node. */
    public RunPage openRejected(String nodeId) {
        robot.clickOn("#run-status-" + nodeId);
        return this;
    }

    @SuppressWarnings("unchecked")
    public List<String> rejectedLines() {
        return Fx.get(() -> List.copyOf(((javafx.scene.control.ListView<String>) robot.lookup("#rejected-lines")
                .query()).getItems()));
    }

    public java.util.Optional<java.net.URI> dashboard() {
        var runner = io.pipelinestudio.app.run.SharedRunner.get();
        return runner.isDone() ? runner.join().dashboard() : java.util.Optional.empty();
    }

    /** Waits for a condition of a run, which may take longer than an edit. */
    public static void await(String what, BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(RUN_SECONDS, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (TimeoutException e) {
            throw new AssertionError("Expected " + what + " within " + RUN_SECONDS + " s but it did not happen", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
