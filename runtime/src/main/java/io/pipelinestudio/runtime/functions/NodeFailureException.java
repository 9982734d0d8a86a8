package io.pipelinestudio.runtime.functions;

/**
 * A failure inside the operator of one pipeline node, carrying the node's id so that the failure can be
 * shown on the node at fault.
 */
public final class NodeFailureException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String nodeId;

    public NodeFailureException(String nodeId, String message, Throwable cause) {
        super(nodeId + ": " + message, cause);
        this.nodeId = nodeId;
    }

    public NodeFailureException(String nodeId, String message) {
        this(nodeId, message, null);
    }

    public String nodeId() {
        return nodeId;
    }

    /** The message without the node id in front. */
    public String reason() {
        return getMessage().substring(nodeId.length() + 2);
    }
}
