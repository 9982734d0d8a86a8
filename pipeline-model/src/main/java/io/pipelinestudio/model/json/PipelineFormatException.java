package io.pipelinestudio.model.json;

import io.pipelinestudio.model.text.UserText;
import io.pipelinestudio.model.validate.Problem;

/**
 * A pipeline file that cannot be read: malformed JSON, an unknown node kind, a setting of the wrong type,
 * an unsupported format. Like a validation problem it names its target (the node's id, an edge's id, or
 * {@code pipeline}) when it is in the document, and where in the document it is.
 */
public final class PipelineFormatException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String target;
    private final String problem;
    private final String jsonPath;

    /** A problem with the file as a whole (unreadable, not JSON), which no node or edge is the target of. */
    public PipelineFormatException(String message, String jsonPath, Throwable cause) {
        this(null, message, jsonPath, cause);
    }

    PipelineFormatException(String target, String message, String jsonPath, Throwable cause) {
        super(text(target, message, jsonPath), cause);
        this.target = target;
        this.problem = UserText.message(message);
        this.jsonPath = jsonPath;
    }

    private static String text(String target, String message, String jsonPath) {
        String located = UserText.message(message) + (jsonPath == null ? "" : " (at " + jsonPath + ")");
        return target == null ? located : target + ": " + located;
    }

    /** Where in the document the problem is, like {@code $.nodes[2].kind}; null when not known. */
    public String jsonPath() {
        return jsonPath;
    }

    /**
     * The node or edge id the problem is on, or {@link Problem#PIPELINE}; null for a file that is not a
     * pipeline document at all.
     */
    public String target() {
        return target;
    }

    /** The problem without its target and location. */
    public String problem() {
        return problem;
    }
}
