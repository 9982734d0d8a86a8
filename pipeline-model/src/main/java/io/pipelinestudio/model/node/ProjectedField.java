package io.pipelinestudio.model.node;

/** One field kept by a projection, optionally under a new name. */
public record ProjectedField(String field, String as) {
    public String outputName() {
        return as == null || as.isBlank() ? field : as;
    }
}
