package io.pipelinestudio.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/** A {@code ${name}} placeholder a pipeline declares, with its default value (may be null) and meaning. */
public record ParameterSpec(String name, @JsonProperty("default") String defaultValue, String description) {
    public ParameterSpec {
        Objects.requireNonNull(name, "a parameter needs a name");
    }
}
