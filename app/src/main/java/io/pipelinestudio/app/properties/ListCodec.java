package io.pipelinestudio.app.properties;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pipelinestudio.model.node.Aggregation;
import io.pipelinestudio.model.node.ComputedField;
import io.pipelinestudio.model.node.ProjectedField;
import io.pipelinestudio.model.schema.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a list setting as one line a person can edit, and reads it back: {@code a, b} for names,
 * {@code name: type} for fields, {@code sum(value) as total} for aggregates, {@code name = expression;}
 * for computed fields, {@code field as alias} for projections.
 */
enum ListCodec {
    STRINGS(", ", ",") {
        @Override
        String formatOne(JsonNode item) {
            return item.asText();
        }

        @Override
        JsonNode parseOne(String text) {
            return JsonNodeFactory.instance.textNode(text);
        }
    },
    FIELDS(", ", ",") {
        @Override
        String formatOne(JsonNode item) {
            return item.path("name").asText() + ": " + item.path("type").asText();
        }

        @Override
        JsonNode parseOne(String text) {
            String[] parts = text.split("[:\\s]+", 2);
            ObjectNode node = JsonNodeFactory.instance.objectNode();
            node.put("name", parts[0].trim());
            node.put("type", parts.length > 1 ? parts[1].trim() : "string");
            return node;
        }
    },
    AGGREGATIONS(", ", ",") {
        private final Pattern syntax =
                Pattern.compile("(\\w+)\\s*(?:\\(\\s*([\\w.]*)\\s*\\))?\\s*(?:as\\s+(\\S+))?", Pattern.CASE_INSENSITIVE);

        @Override
        String formatOne(JsonNode item) {
            String text = item.path("function").asText();
            if (item.hasNonNull("field") && !item.get("field").asText().isBlank()) {
                text += "(" + item.get("field").asText() + ")";
            }
            if (item.hasNonNull("as") && !item.get("as").asText().isBlank()) {
                text += " as " + item.get("as").asText();
            }
            return text;
        }

        @Override
        JsonNode parseOne(String text) {
            Matcher matcher = syntax.matcher(text);
            if (!matcher.matches()) {
                throw new IllegalArgumentException("expected an aggregate like 'sum(value) as total' but found '"
                        + text + "'");
            }
            ObjectNode node = JsonNodeFactory.instance.objectNode();
            node.put("function", matcher.group(1).toLowerCase(java.util.Locale.ROOT));
            if (matcher.group(2) != null && !matcher.group(2).isBlank()) {
                node.put("field", matcher.group(2));
            }
            if (matcher.group(3) != null) {
                node.put("as", matcher.group(3));
            }
            return node;
        }
    },
    COMPUTED("; ", ";") {
        @Override
        String formatOne(JsonNode item) {
            return item.path("name").asText() + " = " + item.path("expression").asText();
        }

        @Override
        JsonNode parseOne(String text) {
            int equals = text.indexOf('=');
            if (equals < 0) {
                throw new IllegalArgumentException("expected 'name = expression' but found '" + text + "'");
            }
            ObjectNode node = JsonNodeFactory.instance.objectNode();
            node.put("name", text.substring(0, equals).trim());
            node.put("expression", text.substring(equals + 1).trim());
            return node;
        }
    },
    PROJECTIONS(", ", ",") {
        @Override
        String formatOne(JsonNode item) {
            String text = item.path("field").asText();
            if (item.hasNonNull("as") && !item.get("as").asText().isBlank()) {
                text += " as " + item.get("as").asText();
            }
            return text;
        }

        @Override
        JsonNode parseOne(String text) {
            String[] parts = text.split("\\s+as\\s+", 2);
            ObjectNode node = JsonNodeFactory.instance.objectNode();
            node.put("field", parts[0].trim());
            if (parts.length > 1) {
                node.put("as", parts[1].trim());
            }
            return node;
        }
    };

    private static final Map<Class<?>, ListCodec> BY_ELEMENT = Map.of(
            String.class, STRINGS,
            Field.class, FIELDS,
            Aggregation.class, AGGREGATIONS,
            ComputedField.class, COMPUTED,
            ProjectedField.class, PROJECTIONS);

    private final String joiner;
    private final String separator;

    ListCodec(String joiner, String separator) {
        this.joiner = joiner;
        this.separator = separator;
    }

    static ListCodec forElement(Class<?> element) {
        return BY_ELEMENT.get(element);
    }

    String format(JsonNode array) {
        List<String> parts = new ArrayList<>();
        if (array != null && array.isArray()) {
            array.forEach(item -> parts.add(formatOne(item)));
        }
        return String.join(joiner, parts);
    }

    ArrayNode parse(String text) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        for (String part : text.split(java.util.regex.Pattern.quote(separator))) {
            if (!part.isBlank()) {
                array.add(parseOne(part.trim()));
            }
        }
        return array;
    }

    abstract String formatOne(JsonNode item);

    abstract JsonNode parseOne(String text);

    /** How the list is written, for the property's help text. */
    String hint() {
        return switch (this) {
            case STRINGS -> "Comma-separated names, like: key, region";
            case FIELDS -> "Comma-separated fields, like: id: long, name: string (types: string, long, double, boolean, timestamp)";
            case AGGREGATIONS -> "Comma-separated aggregates, like: count, sum(value) as total, avg(value)";
            case COMPUTED -> "Semicolon-separated fields, like: total = price * quantity; big = total > 100";
            case PROJECTIONS -> "Comma-separated fields, optionally renamed, like: id, value as amount";
        };
    }
}
