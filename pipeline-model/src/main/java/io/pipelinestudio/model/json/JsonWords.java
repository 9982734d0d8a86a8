package io.pipelinestudio.model.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.pipelinestudio.model.text.UserText;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The words Pipeline Studio's file readers (pipelines, lessons) use for what Jackson found wrong: the setting's
 * path, what it takes, what it holds, where in the text, and Jackson's own wording without Java names.
 */
public final class JsonWords {
    private JsonWords() {}

    /** A setting's path, like {@code window.sizeMs} or {@code fields[1]}. */
    public static String setting(List<JsonMappingException.Reference> path) {
        StringBuilder setting = new StringBuilder();
        for (JsonMappingException.Reference reference : path) {
            if (reference.getFieldName() != null) {
                setting.append(setting.isEmpty() ? "" : ".").append(UserText.quote(reference.getFieldName()));
            } else if (reference.getIndex() >= 0) {
                setting.append('[').append(reference.getIndex()).append(']');
            }
        }
        return setting.toString();
    }

    /** The value the path leads to in the document; a missing node when there is none. */
    public static JsonNode valueAt(JsonNode document, List<JsonMappingException.Reference> path) {
        JsonNode node = document;
        for (JsonMappingException.Reference reference : path) {
            node = reference.getFieldName() != null ? node.path(reference.getFieldName()) : node.path(reference.getIndex());
        }
        return node;
    }

    /** What a value of {@code type} is, in words: "a whole number", "one of tumbling, sliding, session". */
    public static String expected(Class<?> type) {
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class
                || type == short.class || type == Short.class) {
            return "a whole number";
        }
        if (type == double.class || type == Double.class || type == float.class || type == Float.class) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a text";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants())
                    .map(constant -> PipelineJson.mapper().convertValue(constant, String.class))
                    .collect(Collectors.joining(", "));
        }
        return Map.class.isAssignableFrom(type) || type.isRecord() ? "an object" : "a value of another kind";
    }

    /** What a file holds where a value was expected, quoting at most a little of it. */
    public static String found(JsonNode value) {
        if (value == null || value.isMissingNode()) {
            return "nothing";
        }
        if (value.isNull()) {
            return "null";
        }
        if (value.isTextual()) {
            return "'" + UserText.quote(value.asText()) + "'";
        }
        if (value.isArray()) {
            return "a list";
        }
        if (value.isObject()) {
            return "an object";
        }
        return UserText.quote(value.asText());
    }

    /** " at line 3, column 7", or nothing when Jackson does not know. */
    public static String location(JsonProcessingException e) {
        JsonLocation location = e.getLocation();
        if (location == null || location.getLineNr() < 0) {
            return "";
        }
        return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    /** Jackson's wording without the Java types it names, for errors a reader has no words of its own for. */
    public static String withoutJavaNames(String message) {
        if (message == null) {
            return "an unexpected value";
        }
        String cut = message.replaceAll("`[^`]*`", "the value").replaceAll("\\s*\\(for [^)]*\\)", "");
        return UserText.quote(cut);
    }
}
