package io.pipelinestudio.model.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pipelinestudio.model.Pipeline;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Brings files of older formats up to {@link Pipeline#FORMAT_VERSION}, one version step at a time, on
 * the JSON tree before it is bound. A file newer than this version is refused, never guessed at.
 */
final class FormatMigrations {
    /** Step {@code i} turns format {@code i + 1} into format {@code i + 2}; format 1 is the first. */
    private static final List<UnaryOperator<ObjectNode>> STEPS = List.of();

    private FormatMigrations() {}

    static ObjectNode migrate(ObjectNode tree) throws PipelineFormatException {
        JsonNode version = tree.get("formatVersion");
        if (version == null) {
            throw PipelineJson.formatError("missing 'formatVersion'; is this a Pipeline Studio pipeline file?",
                    "$.formatVersion");
        }
        if (!version.isInt()) {
            throw PipelineJson.formatError("'formatVersion' must be a whole number but is " + version,
                    "$.formatVersion");
        }
        int from = version.intValue();
        if (from > Pipeline.FORMAT_VERSION) {
            throw PipelineJson.formatError("this file has format version " + from
                    + ", written by a newer Pipeline Studio; this version reads format versions up to "
                    + Pipeline.FORMAT_VERSION, "$.formatVersion");
        }
        if (from < 1) {
            throw PipelineJson.formatError("format version " + from + " does not exist; the first is 1",
                    "$.formatVersion");
        }
        ObjectNode current = tree;
        for (int v = from; v < Pipeline.FORMAT_VERSION; v++) {
            current = STEPS.get(v - 1).apply(current);
            current.put("formatVersion", v + 1);
        }
        return current;
    }
}
