package io.pipelinestudio.app.palette;

import io.pipelinestudio.model.node.Node;
import io.pipelinestudio.model.node.NodeFamily;
import java.util.function.Function;

/**
 * One catalogue line: a node kind with its label, family, icon (assets/icons/{kind}.svg), a one-line
 * help text, the record a fresh node starts as, and the key settings its card shows.
 */
public record PaletteEntry(String kind, String label, NodeFamily family, String help,
        Function<String, Node> factory, Function<Node, String> summary) {
    public Node create(String id) {
        return factory.apply(id);
    }

    public String summarize(Node node) {
        try {
            return summary.apply(node);
        } catch (RuntimeException e) {
            // a card must render whatever half-finished settings a node has
            return "";
        }
    }
}
