package io.pipelinestudio.model.node;

import io.pipelinestudio.model.schema.Field;
import io.pipelinestudio.model.schema.Schema;
import io.pipelinestudio.model.validate.NodeCheck;
import io.pipelinestudio.model.validate.ProblemKind;
import io.pipelinestudio.model.validate.StreamInfo;
import java.util.List;
import java.util.Map;

/**
 * Reads a delimited text file line by line into typed records of the declared fields; columns past
 * the declared ones are ignored, lines that do not parse are rejected (counted and kept, not fatal).
 */
@NodeKind(name = "csv-source", label = "CSV file", family = NodeFamily.SOURCE, order = 10, icon = "csv-source",
        description = "Reads typed records from a delimited text file",
        settings = {
            @SettingHelp(name = "path", help = "The file path; may use ${parameter} placeholders",
                    role = SettingRole.FILE_TO_READ)})
public record CsvSourceNode(String id, String label, String path, String delimiter, boolean header,
        List<Field> fields) implements Node {
    public CsvSourceNode {
        Nodes.requireId(id);
        delimiter = Nodes.orDefault(delimiter, ",");
        fields = Nodes.list(fields);
    }

    @Override
    public List<String> inputPorts() {
        return List.of();
    }

    public Schema schema() {
        return new Schema(fields);
    }

    @Override
    public List<String> filesRead() {
        return Nodes.paths(path);
    }

    @Override
    public Map<String, StreamInfo> infer(Map<String, StreamInfo> inputs, NodeCheck check) {
        check.notBlank(path, "the file path");
        checkDelimiter(delimiter, check);
        if (fields.isEmpty()) {
            check.error(ProblemKind.BAD_PARAMETER, "declare at least one field of the file's columns");
        }
        check.uniqueNames(fields.stream().map(Field::name).toList(), "the schema");
        return Map.of(OUT, StreamInfo.of(schema(), true));
    }

    static void checkDelimiter(String delimiter, NodeCheck check) {
        if (delimiter.length() != 1 || delimiter.charAt(0) == '"' || delimiter.charAt(0) == '\n') {
            check.error(ProblemKind.BAD_PARAMETER,
                    "the delimiter must be one character other than a quote or newline but is '" + delimiter + "'");
        }
    }
}
