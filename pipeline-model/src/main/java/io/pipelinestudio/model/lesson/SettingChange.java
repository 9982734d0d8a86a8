package io.pipelinestudio.model.lesson;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pipelinestudio.model.Pipeline;
import io.pipelinestudio.model.json.PipelineFormatException;
import io.pipelinestudio.model.json.PipelineJson;
import io.pipelinestudio.model.node.Node;
import io.pipelinestudio.model.text.UserText;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Applies a {@link LessonAction.SetAction} to a pipeline through its JSON form, as a file edited by hand
 * would be: any setting of any node kind works, and a value of the wrong type is refused in the pipeline
 * reader's own words.
 */
public final class SettingChange {
    private SettingChange() {}

    /** The pipeline with the setting changed; the message of the exception says what was wrong, without a target. */
    public static Pipeline apply(Pipeline pipeline, LessonAction.SetAction set) throws IllegalArgumentException {
        Optional<Node> node = pipeline.node(set.node());
        if (node.isEmpty()) {
            throw new IllegalArgumentException("no node '" + UserText.quote(set.node()) + "' in the pipeline; its nodes are "
                    + pipeline.nodes().stream().map(Node::id).collect(Collectors.joining(", ")));
        }
        String[] path = set.setting().split("\\.", -1);
        String first = path[0];
        if (first.equals("id") || first.equals("kind")) {
            // the edges and the lesson's highlights refer to the id; a kind is the node itself
            throw new IllegalArgumentException("'" + first + "' cannot be changed by a lesson");
        }
        String settings = Arrays.stream(node.get().getClass().getRecordComponents()).map(RecordComponent::getName)
                .filter(name -> !name.equals("id")).collect(Collectors.joining(", "));
        if (Arrays.stream(node.get().getClass().getRecordComponents()).noneMatch(c -> c.getName().equals(first))) {
            throw new IllegalArgumentException("node '" + set.node() + "' (" + node.get().kind() + ") has no setting '"
                    + UserText.quote(first) + "'; its settings are " + settings);
        }
        ObjectNode tree = PipelineJson.mapper().valueToTree(pipeline);
        ObjectNode target = nodeTree((ArrayNode) tree.get("nodes"), set.node());
        for (int i = 0; i < path.length - 1; i++) {
            JsonNode child = target.get(path[i]);
            if (child == null || !child.isObject()) {
                throw new IllegalArgumentException("'" + UserText.quote(set.setting()) + "': node '" + set.node()
                        + "' has no group of settings '" + UserText.quote(path[i]) + "'");
            }
            target = (ObjectNode) child;
        }
        String last = path[path.length - 1];
        if (path.length > 1 && !target.has(last)) {
            List<String> held = new ArrayList<>();
            target.fieldNames().forEachRemaining(held::add);
            throw new IllegalArgumentException("node '" + set.node() + "' has no setting '"
                    + UserText.quote(set.setting()) + "'; the group holds " + String.join(", ", held));
        }
        target.set(last, set.value());
        try {
            return PipelineJson.read(tree.toString());
        } catch (PipelineFormatException e) {
            throw new IllegalArgumentException(e.problem());
        }
    }

    private static ObjectNode nodeTree(ArrayNode nodes, String id) {
        for (JsonNode node : nodes) {
            if (id.equals(node.path("id").asText(null))) {
                return (ObjectNode) node;
            }
        }
        throw new IllegalStateException("Expected node '" + id + "' in the pipeline's JSON form but found none");
    }
}
