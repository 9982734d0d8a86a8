package io.pipelinestudio.app.properties;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pipelinestudio.app.document.PipelineDocument;
import io.pipelinestudio.app.edit.EditJobSettingsCommand;
import io.pipelinestudio.model.JobSettings;
import io.pipelinestudio.model.json.PipelineJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The "Job" rows of the pipeline's sheet, one per {@link JobSettings} component: read and written through
 * the settings' JSON as a node's rows are, each edit one {@link EditJobSettingsCommand}.
 */
final class JobSettingsRows {
    static final String CATEGORY = "Job";
    // node kinds carry their settings' help on their descriptors; the job's settings have none in the model
    private static final Map<String, String> HELP = Map.of(
            "checkpointIntervalMs", "How often the job checkpoints its state, in milliseconds; 0: no checkpoints."
                    + " A Kafka sink with exactly-once delivery commits with checkpoints, and a Kafka source"
                    + " commits its offsets with them",
            "checkpointMode", "exactly-once: a job restored from a checkpoint counts each record once;"
                    + " at-least-once: faster checkpoints, but a restored job may count some records twice",
            "checkpointDirectory", "Where checkpoints are written (a folder, or a URI such as s3://bucket/path),"
                    + " and kept after a cancel to restart from; empty: the cluster's configured storage",
            "restartStrategy", "What the job does after a failure: none (it fails), fixed-delay (restarts, the"
                    + " restart delay apart) or exponential-delay (the delay doubles after each restart)",
            "restartAttempts", "How many restarts failures may cause before the job fails for good; at least 1"
                    + " with a restart strategy",
            "restartDelayMs", "How long the job waits before it restarts, in milliseconds; with exponential"
                    + " delay, the first wait",
            "restartMaxDelayMs", "With exponential delay, the largest wait before a restart, in milliseconds;"
                    + " at least the restart delay",
            "stateBackend", "Where windows and reductions keep their state: hashmap (on the heap, fastest) or"
                    + " rocksdb (on local disk, for state larger than memory, with incremental checkpoints)");

    private final PipelineDocument document;
    private final Consumer<String> messages;

    JobSettingsRows(PipelineDocument document, Consumer<String> messages) {
        this.document = document;
        this.messages = messages;
    }

    /** The rows; each adds to {@code refreshers} how it shows the model's value again after an edit or undo. */
    List<PropertyItem> create(List<Runnable> refreshers) {
        List<PropertyItem> rows = new ArrayList<>();
        for (PropertyDescriptor descriptor : PropertyDescriptor.of(JobSettings.class, HELP)) {
            PropertyItem item = new PropertyItem(descriptor.id(), descriptor.label, CATEGORY, descriptor.help,
                    descriptor.editor(), descriptor.choices, descriptor.read(shown()),
                    value -> commit(descriptor, value));
            rows.add(item);
            refreshers.add(() -> item.show(descriptor.read(shown())));
        }
        return rows;
    }

    /** Puts the edited settings in the model; text that is not valid is refused with a message, as for nodes. */
    private void commit(PropertyDescriptor descriptor, Object value) {
        JobSettings current = document.pipeline().jobSettings();
        String setting = descriptor.label.toLowerCase(Locale.ROOT);
        try {
            ObjectNode tree = PipelineJson.mapper().valueToTree(current);
            descriptor.write(tree, value);
            JobSettings edited = PipelineJson.mapper().treeToValue(tree, JobSettings.class);
            if (edited.equals(current)) {
                return;
            }
            document.execute(new EditJobSettingsCommand(document, edited, "Set " + setting));
            messages.accept("");
        } catch (IllegalArgumentException | JsonProcessingException e) {
            messages.accept("Cannot set " + setting + ": " + PropertiesViewModel.reason(e));
        }
    }

    private ObjectNode shown() {
        return PipelineJson.mapper().valueToTree(document.pipeline().jobSettings());
    }
}
