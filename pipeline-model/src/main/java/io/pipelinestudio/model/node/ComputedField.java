package io.pipelinestudio.model.node;

/** A field computed by an expression over the input record's fields. */
public record ComputedField(String name, String expression) {}
