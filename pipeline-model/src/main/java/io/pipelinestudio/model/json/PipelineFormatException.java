package io.pipelinestudio.model.json;

/** A pipeline file that cannot be read: malformed JSON, an unknown node kind, an unsupported format. */
public final class PipelineFormatException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String jsonPath;

    public PipelineFormatException(String message, String jsonPath, Throwable cause) {
        super(jsonPath == null ? message : message + " (at " + jsonPath + ")", cause);
        this.jsonPath = jsonPath;
    }

    /** Where in the document the problem is, like {@code $.nodes[2].kind}; null when not known. */
    public String jsonPath() {
        return jsonPath;
    }
}
