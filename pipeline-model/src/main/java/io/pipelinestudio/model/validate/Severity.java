package io.pipelinestudio.model.validate;

/** Errors stop a pipeline from running; warnings do not. */
public enum Severity {
    ERROR,
    WARNING
}
