package io.pipelinestudio.model;

import io.pipelinestudio.model.node.Node;

/** A connection from one node's output port to another node's input port. */
public record Edge(String from, String fromPort, String to, String toPort) {
    public Edge {
        if (from == null) {
            throw new IllegalArgumentException("an edge needs a 'from' node");
        }
        if (to == null) {
            throw new IllegalArgumentException("an edge needs a 'to' node");
        }
        fromPort = fromPort == null ? Node.OUT : fromPort;
        toPort = toPort == null ? Node.IN : toPort;
    }

    public static Edge of(String from, String to) {
        return new Edge(from, Node.OUT, to, Node.IN);
    }

    /** A readable, stable id: {@code a->b}, with ports named where they are not the default ones. */
    public String id() {
        String source = Node.OUT.equals(fromPort) ? from : from + "." + fromPort;
        String target = Node.IN.equals(toPort) ? to : to + "." + toPort;
        return source + "->" + target;
    }
}
