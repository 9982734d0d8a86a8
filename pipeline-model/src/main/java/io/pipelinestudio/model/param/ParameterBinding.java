package io.pipelinestudio.model.param;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.pipelinestudio.model.ParameterSpec;
import io.pipelinestudio.model.Pipeline;
import io.pipelinestudio.model.json.PipelineJson;
import io.pipelinestudio.model.node.Node;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Binds a pipeline's {@code ${name}} placeholders to values given at run time, falling back to the
 * defaults the pipeline declares. Works on every string setting of every node kind alike, through the
 * node's JSON form, so a new node kind needs nothing here.
 */
public final class ParameterBinding {
    private ParameterBinding() {}

    /**
     * The placeholders in one node's settings: the parameter names they use, and the first text that looks
     * like a placeholder but is none ({@link Placeholders#malformed}; null when there is none).
     */
    public record NodePlaceholders(Set<String> names, String malformed) {}

    /** The placeholder names each node's settings use, by node id. */
    public static Map<String, Set<String>> usages(Pipeline pipeline) {
        Map<String, Set<String>> usages = new LinkedHashMap<>();
        placeholders(pipeline).forEach((id, found) -> {
            if (!found.names().isEmpty()) {
                usages.put(id, found.names());
            }
        });
        return usages;
    }

    /** What {@link NodePlaceholders} each node holds, by node id, from one walk over its settings. */
    public static Map<String, NodePlaceholders> placeholders(Pipeline pipeline) {
        ObjectMapper mapper = PipelineJson.mapper();
        Map<String, NodePlaceholders> found = new LinkedHashMap<>();
        for (Node node : pipeline.nodes()) {
            Set<String> names = new LinkedHashSet<>();
            String[] malformed = new String[1];
            collect(mapper.valueToTree(node), names, malformed);
            if (!names.isEmpty() || malformed[0] != null) {
                found.put(node.id(), new NodePlaceholders(names, malformed[0]));
            }
        }
        return found;
    }

    /** The value of every declared parameter: the given one, else the default; absent when neither. */
    public static Map<String, String> effectiveValues(Pipeline pipeline, Map<String, String> given) {
        Map<String, String> values = new LinkedHashMap<>();
        for (ParameterSpec spec : pipeline.parameters()) {
            String value = given.getOrDefault(spec.name(), spec.defaultValue());
            if (value != null) {
                values.put(spec.name(), value);
            }
        }
        return values;
    }

    /**
     * The nodes as a run without {@code --param} sees them, its parameters' defaults bound; the pipeline's own
     * nodes, uncopied, when no parameter has a default; empty when a node does not bind (the validator reports
     * that when the pipeline is validated for a run).
     */
    public static java.util.Optional<List<Node>> nodesWithDefaults(Pipeline pipeline) {
        if (pipeline.parameters().stream().allMatch(spec -> spec.defaultValue() == null)) {
            return java.util.Optional.of(pipeline.nodes());
        }
        try {
            return java.util.Optional.of(bind(pipeline, Map.of()).nodes());
        } catch (IllegalStateException e) {
            return java.util.Optional.empty();
        }
    }

    /**
     * The pipeline with every placeholder of a declared parameter replaced by its value. Placeholders
     * without a value stay as they are; the validator reports them.
     */
    public static Pipeline bind(Pipeline pipeline, Map<String, String> given) {
        Map<String, String> values = effectiveValues(pipeline, given);
        ObjectMapper mapper = PipelineJson.mapper();
        List<Node> nodes = new ArrayList<>();
        for (Node node : pipeline.nodes()) {
            JsonNode tree = substitute(mapper.valueToTree(node), values);
            try {
                nodes.add(mapper.treeToValue(tree, Node.class));
            } catch (Exception e) {
                throw new IllegalStateException("Expected node '" + node.id() + "' to bind but it failed", e);
            }
        }
        return pipeline.withNodes(nodes);
    }

    private static void collect(JsonNode tree, Set<String> names, String[] firstMalformed) {
        if (tree.isTextual()) {
            names.addAll(Placeholders.names(tree.textValue()));
            if (firstMalformed[0] == null) {
                firstMalformed[0] = Placeholders.malformed(tree.textValue());
            }
        } else if (tree.isContainerNode()) {
            tree.forEach(child -> collect(child, names, firstMalformed));
        }
    }

    private static JsonNode substitute(JsonNode tree, Map<String, String> values) {
        if (tree.isTextual()) {
            return TextNode.valueOf(Placeholders.substitute(tree.textValue(), values));
        }
        if (tree.isObject()) {
            ObjectNode object = (ObjectNode) tree;
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
            fields.forEachRemaining(entries::add);
            for (Map.Entry<String, JsonNode> entry : entries) {
                // the kind is the node's type, never a setting
                if (!entry.getKey().equals("kind")) {
                    object.set(entry.getKey(), substitute(entry.getValue(), values));
                }
            }
            return object;
        }
        if (tree.isArray()) {
            ArrayNode array = (ArrayNode) tree;
            for (int i = 0; i < array.size(); i++) {
                array.set(i, substitute(array.get(i), values));
            }
            return array;
        }
        return tree;
    }
}
