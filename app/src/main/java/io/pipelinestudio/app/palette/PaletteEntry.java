package io.pipelinestudio.app.palette;

import io.pipelinestudio.model.node.Node;
import io.pipelinestudio.model.node.NodeDescriptor;
import io.pipelinestudio.model.node.NodeFamily;
import java.util.function.Function;

/**
 * One palette line: a node kind's descriptor (label, family, icon, description), the record a fresh node
 * starts as, and the key settings its card shows.
 */
public record PaletteEntry(NodeDescriptor descriptor, Function<String, Node> factory,
        Function<Node, String> summary) {
    public String kind() {
        return descriptor.name();
    }

    public String label() {
        return descriptor.label();
    }

    public NodeFamily family() {
        return descriptor.family();
    }

    /** The icon's name in assets/icons. */
    public String icon() {
        return descriptor.icon();
    }

    /** The one-line description of what the kind does. */
    public String help() {
        return descriptor.description();
    }

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
