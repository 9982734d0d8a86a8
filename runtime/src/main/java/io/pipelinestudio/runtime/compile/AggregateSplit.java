package io.pipelinestudio.runtime.compile;

import io.pipelinestudio.model.node.AggregateFunction;
import io.pipelinestudio.model.node.Aggregation;
import io.pipelinestudio.model.node.KeyByNode;
import io.pipelinestudio.model.node.Node;
import io.pipelinestudio.model.node.ReduceEmission;
import io.pipelinestudio.model.node.ReduceNode;
import io.pipelinestudio.model.node.TimeCharacteristic;
import io.pipelinestudio.model.node.WindowAggregateNode;
import io.pipelinestudio.model.node.WindowSpec;
import io.pipelinestudio.model.schema.FieldType;
import io.pipelinestudio.model.schema.Schema;
import java.util.List;
import java.util.Locale;

/**
 * Whether a window aggregate or a reduce is split in two, partial results per key (and slice of event time)
 * before the shuffle and a merge after it ({@link io.pipelinestudio.runtime.functions.PreAggregateOperator}),
 * and when it is not, why: the Code tab says so above the node's operators.
 *
 * @param keyBy the key-by node whose input the partials are made from; null when not split
 * @param sliceMs the slice of event time a partial covers; 0 for a reduce, whose partials cover all time
 * @param whyNot why the aggregate is not split; null when it is
 */
record AggregateSplit(KeyByNode keyBy, long sliceMs, String whyNot) {
    static AggregateSplit of(WindowAggregateNode node, Node input, Schema schema) {
        if (node.time() != TimeCharacteristic.EVENT) {
            return no("processing-time windows depend on when records arrive after the shuffle");
        }
        WindowSpec window = node.window();
        long slice;
        switch (window.type()) {
            case TUMBLING:
                slice = window.sizeMs();
                break;
            case SLIDING:
                slice = gcd(window.sizeMs(), window.slideMs());
                break;
            default:
                return no("session windows grow and merge with every record, so they have no fixed slices");
        }
        return keyedAndExact(input, node.aggregations(), schema, slice);
    }

    static AggregateSplit of(ReduceNode node, Node input, Schema schema) {
        if (node.emit() == ReduceEmission.EVERY_RECORD) {
            return no("it emits an updated result after every record, so each record has to reach it alone");
        }
        return keyedAndExact(input, node.aggregations(), schema, 0);
    }

    private static AggregateSplit keyedAndExact(Node input, List<Aggregation> aggregations, Schema schema, long slice) {
        if (!(input instanceof KeyByNode keyBy)) {
            return no("its input is not partitioned by a key-by node directly before it");
        }
        for (Aggregation aggregation : aggregations) {
            boolean sums = aggregation.function() == AggregateFunction.SUM || aggregation.function() == AggregateFunction.AVG;
            if (sums && schema.field(aggregation.field()).orElseThrow().type() == FieldType.DOUBLE) {
                return no("the " + aggregation.function().name().toLowerCase(Locale.ROOT) + " of '"
                        + aggregation.field() + "' adds decimals, whose last digits depend on the order of addition");
            }
        }
        return new AggregateSplit(keyBy, slice, null);
    }

    boolean split() {
        return whyNot == null;
    }

    private static AggregateSplit no(String why) {
        return new AggregateSplit(null, 0, why);
    }

    static long gcd(long a, long b) {
        while (b != 0) {
            long next = a % b;
            a = b;
            b = next;
        }
        return a;
    }
}
