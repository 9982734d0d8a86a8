package io.pipelinestudio.model.expr;

import io.pipelinestudio.model.schema.FieldType;

/**
 * The outcome of type-checking an expression: its result type, or why it is invalid and, when known, the
 * line and column (both from 1) of the first fault; 0 when not known.
 */
public record ExpressionCheck(FieldType type, String error, int line, int column) {
    public static ExpressionCheck ok(FieldType type) {
        return new ExpressionCheck(type, null, 0, 0);
    }

    public static ExpressionCheck failed(String error) {
        return new ExpressionCheck(null, error, 0, 0);
    }

    public static ExpressionCheck failedAt(String error, int line, int column) {
        return new ExpressionCheck(null, error, line, column);
    }

    public boolean valid() {
        return error == null;
    }

    /** " at column 8", " at column 3 of line 2", or nothing when the position is not known. */
    public String where() {
        if (column <= 0) {
            return "";
        }
        return " at column " + column + (line > 1 ? " of line " + line : "");
    }
}
