package io.pipelinestudio.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A {@code ${name}} placeholder a pipeline declares, with its default value (may be null) and meaning. */
public record ParameterSpec(String name, @JsonProperty("default") String defaultValue, String description) {
    public ParameterSpec {
        if (name == null) {
            throw new IllegalArgumentException("a parameter needs a name");
        }
    }
}
