package io.pipelinestudio.model.node;

import io.pipelinestudio.model.validate.NodeCheck;
import io.pipelinestudio.model.validate.ProblemKind;
import io.pipelinestudio.model.validate.StreamInfo;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes records to rolling part files in a directory with Flink's {@code FileSink}, for input that never
 * ends: each parallel writer rolls its part file by time or size, and a part becomes visible (loses its
 * leading dot and {@code .inprogress}) when the checkpoint after it completes, exactly once. In BATCH mode
 * the parts are committed when the input ends. The CSV sink, one complete file, stays for bounded input.
 */
@NodeKind(name = "file-sink", label = "Part files", family = NodeFamily.SINK, order = 152, icon = "file-sink",
        description = "Writes records to rolling part files, committed with checkpoints",
        settings = {
            @SettingHelp(name = "directory", help = "The directory the part files go to; may use ${parameter}"
                    + " placeholders",
                    role = SettingRole.FOLDER_TO_WRITE),
            @SettingHelp(name = "format", help = "csv: the fields in order as delimited lines; json: one object per"
                    + " line"),
            @SettingHelp(name = "rolloverIntervalMs", help = "A part file is closed after this long at the latest"),
            @SettingHelp(name = "maxPartSizeBytes", help = "A part file is closed once it reaches this size")},
        help = "Parts are named part-<writer>-<count> with the format's extension. Files that are still open, or"
                + " wait for a checkpoint, start with a dot; readers should skip them.")
public record FileSinkNode(String id, String label, String directory, MessageFormat format, String delimiter,
        long rolloverIntervalMs, long maxPartSizeBytes) implements SinkNode {
    public FileSinkNode {
        Nodes.requireId(id);
        format = format == null ? MessageFormat.CSV : format;
        delimiter = Nodes.orDefault(delimiter, ",");
    }

    @Override
    public List<String> filesWritten() {
        return Nodes.paths(directory);
    }

    @Override
    public Optional<String> needsCheckpoints() {
        return Optional.of("its part files are committed with checkpoints, so without them nothing it writes"
                + " becomes visible");
    }

    @Override
    public Map<String, StreamInfo> infer(Map<String, StreamInfo> inputs, NodeCheck check) {
        check.notBlank(directory, "the directory");
        if (format == MessageFormat.CSV) {
            CsvSourceNode.checkDelimiter(delimiter, check);
        }
        check.positive(rolloverIntervalMs, "the rollover interval");
        check.positive(maxPartSizeBytes, "the largest part size");
        if (inputs.get(IN).bounded()) {
            check.warning(ProblemKind.MODE_DEPENDENT_RESULT, "its input ends, so a CSV sink, which writes one"
                    + " complete file, fits better than part files");
        }
        return Map.of();
    }
}
