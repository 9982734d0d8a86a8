package io.pipelinestudio.model.node;

import io.pipelinestudio.model.validate.NodeCheck;
import io.pipelinestudio.model.validate.ProblemKind;
import io.pipelinestudio.model.validate.StreamInfo;
import java.util.List;
import java.util.Map;

/**
 * Writes records as delimited lines to one file. The file appears complete when the input ends: it is
 * written aside and moved into place, so a failed run never leaves half a file under the name.
 */
@NodeKind(name = "csv-sink", label = "CSV file", family = NodeFamily.SINK, order = 150, icon = "csv-sink",
        description = "Writes records to a delimited text file",
        settings = {
            @SettingHelp(name = "path", help = "The file path; may use ${parameter} placeholders",
                    role = SettingRole.FILE_TO_WRITE)})
public record CsvSinkNode(String id, String label, String path, String delimiter, boolean header)
        implements SinkNode {
    public CsvSinkNode {
        Nodes.requireId(id);
        delimiter = Nodes.orDefault(delimiter, ",");
    }

    @Override
    public List<String> filesWritten() {
        return Nodes.paths(path);
    }

    @Override
    public Map<String, StreamInfo> infer(Map<String, StreamInfo> inputs, NodeCheck check) {
        check.notBlank(path, "the file path");
        CsvSourceNode.checkDelimiter(delimiter, check);
        if (!inputs.get(IN).bounded()) {
            check.warning(ProblemKind.MODE_DEPENDENT_RESULT, "its input never ends, so its file never appears under"
                    + " its name (the lines gather in a .inprogress file): part files (Sinks, Part files) commit a"
                    + " stream as it goes");
        }
        return Map.of();
    }
}
