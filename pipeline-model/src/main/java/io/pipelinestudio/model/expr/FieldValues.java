package io.pipelinestudio.model.expr;

/** Positional access to the field values of one record, matching the schema an expression was compiled for. */
@FunctionalInterface
public interface FieldValues {
    Object get(int index);
}
