package io.pipelinestudio.model.validate;

/** One port of one node. */
public record PortRef(String node, String port) {
    @Override
    public String toString() {
        return node + "." + port;
    }
}
