package io.pipelinestudio.runtime.submit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pipelinestudio.model.file.AtomicFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link JobOperators} as a small JSON file: kept for each submitted job, and written into a local savepoint's
 * directory as {@value #BESIDE_SAVEPOINT}, so that a later restore can name the nodes whose state the savepoint
 * holds (Flink's {@code _metadata} knows operator ids, and uids and names only when the job recorded them).
 */
public final class OperatorsFile {
    /** The file's name in a savepoint's directory. */
    public static final String BESIDE_SAVEPOINT = "pipeline-studio-operators.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private OperatorsFile() {}

    /** Writes the file whole or not at all: a reader never sees half of it. */
    public static void write(JobOperators operators, Path file) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("pipeline", operators.pipeline());
        ArrayNode list = root.putArray("operators");
        for (JobOperators.JobOperator operator : operators.operators()) {
            list.addObject()
                    .put("id", operator.id())
                    .put("uid", operator.uid())
                    .put("node", operator.node())
                    .put("label", operator.label())
                    .put("stateful", operator.stateful());
        }
        AtomicFile.write(file, JSON.writeValueAsString(root) + "\n");
    }

    public static JobOperators read(Path file) throws IOException {
        JsonNode root = JSON.readTree(file.toFile());
        JsonNode list = root.path("operators");
        if (!list.isArray()) {
            throw new IOException("Expected an \"operators\" array in " + file + " but found " + list.getNodeType());
        }
        List<JobOperators.JobOperator> operators = new ArrayList<>();
        for (JsonNode operator : list) {
            operators.add(new JobOperators.JobOperator(operator.path("id").asText(), text(operator, "uid"),
                    text(operator, "node"), text(operator, "label"), operator.path("stateful").asBoolean()));
        }
        return new JobOperators(root.path("pipeline").asText(""), operators);
    }

    private static String text(JsonNode object, String field) {
        JsonNode value = object.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
