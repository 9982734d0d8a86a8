package io.pipelinestudio.model.node;

/**
 * One aggregate of a group of records: {@code function} over {@code field} (no field for count), as the
 * output field {@code as} (default: the function's name, or {@code function_field}).
 */
public record Aggregation(AggregateFunction function, String field, String as) {
    public String outputName() {
        if (as != null && !as.isBlank()) {
            return as;
        }
        if (function == null) {
            return "?";
        }
        return field == null || field.isBlank() ? function.jsonName() : function.jsonName() + "_" + field;
    }
}
