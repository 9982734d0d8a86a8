package io.pipelinestudio.app.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.pipelinestudio.app.pages.RunPage;
import io.pipelinestudio.app.support.DesignerTest;
import io.pipelinestudio.app.support.Fx;
import io.pipelinestudio.model.Pipeline;
import io.pipelinestudio.model.json.PipelineJson;
import io.pipelinestudio.runtime.run.RunState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The first run of a pipeline file the designer neither created nor saved asks, listing what it writes. */
class RunConsentTest extends DesignerTest {
    @TempDir
    Path dir;
    private Path input;
    private Path output;

    @BeforeEach
    void input() throws Exception {
        input = Files.write(dir.resolve("events.csv"),
                List.of("sensor-a,1700000000000", "sensor-b,1700000001000", "sensor-a,1700000012000"));
        output = Files.writeString(dir.resolve("counts.csv"), "yesterday's counts\n");
    }

    /** The values a person gave the open pipeline: each pipeline has its own, so they follow the opening. */
    private void giveParameters() {
        run.withParameters(Map.of("input", input.toString(), "output", output.toString()));
    }

    @Test
    void aFileFromElsewhereAsksBeforeItsFirstRunAndListsTheFilesItWouldReplace() throws Exception {
        Path received = dir.resolve("received.json");
        Files.copy(Path.of(System.getProperty("pipelinestudio.examples.dir"), "window-count.json"), received);
        files.open(received).waitUntilShowing(received);
        giveParameters();

        run.run();
        Fx.waitUntil("the question", run::asksForConsent);
        assertThat(run.consentWrites()).containsExactly(output + ": exists and will be replaced  (counts)");
        run.answerConsent(false);
        assertThat(run.state()).as("nothing ran").isNotEqualTo(RunState.RUNNING);
        assertThat(Files.readString(output)).isEqualTo("yesterday's counts\n");

        run.run();
        Fx.waitUntil("the question again, since the first answer was no", run::asksForConsent);
        run.answerConsent(true);
        run.awaitState(RunState.FINISHED);
        assertThat(Files.readAllLines(output)).hasSize(3);

        run.run();
        RunPage.await("a second run, without a question", () -> run.logContains("Run 2 "));
        assertThat(run.asksForConsent()).isFalse();
        run.awaitEnd();
    }

    @Test
    void aFileThisDesignerSavedRunsWithoutAskingUntilSomeoneElseChangesIt() throws Exception {
        given(PipelineJson.read(Path.of(System.getProperty("pipelinestudio.examples.dir"), "window-count.json")));
        Path mine = dir.resolve("mine.json");
        files.saveAs(mine);
        files.newPipeline();
        files.open(mine).waitUntilShowing(mine);
        giveParameters();

        run.run().awaitState(RunState.FINISHED);
        assertThat(Files.readAllLines(output)).hasSize(3);

        Pipeline changed = PipelineJson.read(mine);
        PipelineJson.write(new Pipeline(changed.formatVersion(), changed.name(), "changed in another editor",
                changed.parameters(), changed.nodes(), changed.edges(), changed.layout(), changed.job()), mine);
        files.newPipeline();
        files.open(mine).waitUntilShowing(mine);
        assertThat(run.parameters()).as("the values it was run with, kept for its file")
                .containsEntry("output", output.toString());
        run.run();
        Fx.waitUntil("the question for the changed file", run::asksForConsent);
        run.answerConsent(false);
    }
}
