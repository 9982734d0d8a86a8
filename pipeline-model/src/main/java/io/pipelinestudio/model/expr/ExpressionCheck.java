package io.pipelinestudio.model.expr;

import io.pipelinestudio.model.schema.FieldType;

/** The outcome of type-checking an expression: its result type, or why it is invalid. */
public record ExpressionCheck(FieldType type, String error) {
    public static ExpressionCheck ok(FieldType type) {
        return new ExpressionCheck(type, null);
    }

    public static ExpressionCheck failed(String error) {
        return new ExpressionCheck(null, error);
    }

    public boolean valid() {
        return error == null;
    }
}
