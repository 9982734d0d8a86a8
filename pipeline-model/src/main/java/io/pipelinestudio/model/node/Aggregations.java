package io.pipelinestudio.model.node;

import io.pipelinestudio.model.schema.Field;
import io.pipelinestudio.model.schema.FieldType;
import io.pipelinestudio.model.schema.Schema;
import io.pipelinestudio.model.validate.NodeCheck;
import io.pipelinestudio.model.validate.ProblemKind;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/** Checks aggregations against their input and gives their output fields; shared by reduce and windows. */
public final class Aggregations {
    private Aggregations() {}

    /** The output field of each valid aggregation, in order, reporting problems to {@code check}. */
    public static List<Field> outputFields(List<Aggregation> aggregations, Schema input, NodeCheck check) {
        if (aggregations.isEmpty()) {
            check.error(ProblemKind.BAD_PARAMETER, "add at least one aggregation (count, sum, min, max or avg)");
        }
        List<Field> out = new ArrayList<>();
        for (Aggregation aggregation : aggregations) {
            outputField(aggregation, input, check).ifPresent(out::add);
        }
        return out;
    }

    private static Optional<Field> outputField(Aggregation aggregation, Schema input, NodeCheck check) {
        AggregateFunction function = aggregation.function();
        if (function == null) {
            check.error(ProblemKind.BAD_PARAMETER, "an aggregation has no function; expected count, sum, min, max or avg");
            return Optional.empty();
        }
        if (function == AggregateFunction.COUNT) {
            return Optional.of(new Field(aggregation.outputName(), FieldType.LONG));
        }
        Optional<Field> field = check.field(input, aggregation.field(), function.jsonName() + "'s field",
                EnumSet.of(FieldType.LONG, FieldType.DOUBLE));
        return field.map(f -> new Field(aggregation.outputName(),
                function == AggregateFunction.AVG ? FieldType.DOUBLE : f.type()));
    }
}
