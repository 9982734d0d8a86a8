package io.pipelinestudio.app.properties;

import static org.assertj.core.api.Assertions.assertThat;

import io.pipelinestudio.app.document.PipelineDocument;
import io.pipelinestudio.model.JobSettings;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class JobSettingsRowsTest {
    private final PipelineDocument document = new PipelineDocument();
    private final List<String> messages = new ArrayList<>();
    private final List<PropertyItem> rows = new JobSettingsRows(document, messages::add).create(new ArrayList<>());

    private PropertyItem row(String setting) {
        return rows.stream().filter(r -> r.id().equals("property-" + setting)).findFirst().orElseThrow();
    }

    @Test
    void everyJobSettingHasARowWithHelpOfItsOwn() {
        assertThat(rows).extracting(PropertyItem::id).containsExactlyElementsOf(
                Arrays.stream(JobSettings.class.getRecordComponents()).map(RecordComponent::getName)
                        .map(name -> "property-" + name).toList());
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.getCategory()).isEqualTo("Job");
            assertThat(row.getDescription()).as("help of %s", row.getName())
                    .isNotBlank().isNotEqualTo(row.getName()).doesNotStartWith("A whole number");
        });
        assertThat(row("checkpointMode").choices()).containsExactly("exactly-once", "at-least-once");
        assertThat(row("restartStrategy").choices()).containsExactly("none", "fixed-delay", "exponential-delay");
    }

    @Test
    void anEditIsOneCommandOnTheJobSettings() {
        row("checkpointIntervalMs").setValue("60000");
        row("checkpointDirectory").setValue("/tmp/checkpoints");

        assertThat(document.pipeline().jobSettings()).isEqualTo(JobSettings.DEFAULTS
                .withCheckpoints(60_000, JobSettings.CheckpointMode.EXACTLY_ONCE, "/tmp/checkpoints"));
        assertThat(document.commands().size()).isEqualTo(2);
        document.undo();
        assertThat(document.pipeline().jobSettings().checkpointDirectory()).isNull();
    }

    @Test
    void textThatIsNotAWholeNumberOfTheRightSizeIsRefusedWithAMessage() {
        row("checkpointIntervalMs").setValue("often");
        row("restartAttempts").setValue("99999999999");
        row("restartDelayMs").setValue("");

        assertThat(document.pipeline().jobSettings()).isEqualTo(JobSettings.DEFAULTS);
        assertThat(document.commands().size()).isZero();
        assertThat(messages).hasSize(3).allSatisfy(m -> assertThat(m).startsWith("Cannot set "));
        assertThat(messages.get(0)).contains("whole number").contains("often");
    }
}
