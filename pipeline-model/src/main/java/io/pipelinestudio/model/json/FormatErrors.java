package io.pipelinestudio.model.json;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.pipelinestudio.model.Edge;
import io.pipelinestudio.model.text.UserText;
import io.pipelinestudio.model.validate.Problem;
import java.util.List;

/**
 * Jackson's mapping errors as a person editing a pipeline file reads them: on the node (by its id) or edge
 * they are in, naming the setting, what it takes and what it holds, quoting at most a little of the value,
 * and never a Java class.
 */
final class FormatErrors {
    private FormatErrors() {}

    static PipelineFormatException of(JsonMappingException e, JsonNode document) {
        List<JsonMappingException.Reference> path = e.getPath();
        String target = target(document, path);
        String where = PipelineJson.pathOf(e);
        String setting = setting(path);
        return new PipelineFormatException(target, describe(e, document, setting), where, e);
    }

    private static String describe(JsonMappingException e, JsonNode document, String setting) {
        String prefix = setting.isEmpty() ? "" : setting + ": ";
        if (e instanceof InvalidTypeIdException typeId) {
            return typeId.getTypeId() == null ? "a node has no 'kind'; known kinds are " + PipelineJson.knownKinds()
                    : "unknown node kind '" + UserText.quote(typeId.getTypeId()) + "'; known kinds are "
                            + PipelineJson.knownKinds();
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "unknown property '" + UserText.quote(unknown.getPropertyName()) + "'";
        }
        if (e instanceof InvalidNullException) {
            return prefix + "expected a value but found null";
        }
        if (e instanceof ValueInstantiationException || e.getCause() instanceof IllegalArgumentException) {
            Throwable cause = e.getCause();
            // the records' own checks word their messages for people; anything else is a missing part
            return cause instanceof IllegalArgumentException && cause.getMessage() != null
                    ? cause.getMessage() : prefix + "a required part is missing";
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return prefix + "expected " + JsonWords.expected(mismatch.getTargetType()) + " but found "
                    + JsonWords.found(JsonWords.valueAt(document, e.getPath()));
        }
        return prefix + "cannot be read: " + JsonWords.withoutJavaNames(e.getOriginalMessage());
    }

    /** The node, edge or pipeline the path is in. */
    static String target(JsonNode document, List<JsonMappingException.Reference> path) {
        if (path.size() >= 2 && path.get(1).getIndex() >= 0) {
            JsonNode element = document.path(path.get(0).getFieldName() == null ? "" : path.get(0).getFieldName())
                    .path(path.get(1).getIndex());
            if ("nodes".equals(path.get(0).getFieldName())) {
                JsonNode id = element.get("id");
                if (id != null && id.isTextual() && !id.asText().isBlank()) {
                    return UserText.quote(id.asText());
                }
            } else if ("edges".equals(path.get(0).getFieldName())) {
                JsonNode from = element.get("from");
                JsonNode to = element.get("to");
                if (from != null && from.isTextual() && to != null && to.isTextual()) {
                    return UserText.quote(new Edge(from.asText(), text(element.get("fromPort")), to.asText(),
                            text(element.get("toPort"))).id());
                }
            }
        }
        return Problem.PIPELINE;
    }

    /** The setting's path inside its node or edge, like {@code window.sizeMs} or {@code fields[1]}. */
    private static String setting(List<JsonMappingException.Reference> path) {
        int first = path.size() >= 2 && path.get(1).getIndex() >= 0
                && ("nodes".equals(path.get(0).getFieldName()) || "edges".equals(path.get(0).getFieldName())) ? 2 : 0;
        return JsonWords.setting(path.subList(Math.min(first, path.size()), path.size()));
    }

    private static String text(JsonNode value) {
        return value == null || !value.isTextual() ? null : value.asText();
    }
}
