package io.pipelinestudio.runtime.compile;

import io.pipelinestudio.model.node.AggregateFunction;
import io.pipelinestudio.model.node.Aggregation;
import io.pipelinestudio.model.node.KeyByNode;
import io.pipelinestudio.model.node.Node;
import io.pipelinestudio.model.node.TimeCharacteristic;
import io.pipelinestudio.model.node.WindowAggregateNode;
import io.pipelinestudio.model.node.WindowSpec;
import io.pipelinestudio.model.schema.FieldType;
import io.pipelinestudio.model.schema.Schema;

/**
 * Whether a window aggregate is split in two, partial results per key and slice before the shuffle and a
 * merge after it ({@link io.pipelinestudio.runtime.functions.PreAggregateOperator}), and when it is not, why:
 * the Code tab says so above the windows.
 *
 * @param keyBy the key-by node whose input the partials are made from; null when not split
 * @param sliceMs the slice of event time a partial covers; 0 when not split
 * @param whyNot why the aggregate is not split; null when it is
 */
record WindowSplit(KeyByNode keyBy, long sliceMs, String whyNot) {
    static WindowSplit of(WindowAggregateNode node, Node input, Schema schema) {
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
        if (!(input instanceof KeyByNode keyBy)) {
            return no("its input is not partitioned by a key-by node directly before it");
        }
        for (Aggregation aggregation : node.aggregations()) {
            boolean sums = aggregation.function() == AggregateFunction.SUM || aggregation.function() == AggregateFunction.AVG;
            if (sums && schema.field(aggregation.field()).orElseThrow().type() == FieldType.DOUBLE) {
                return no("the " + aggregation.function().name().toLowerCase(java.util.Locale.ROOT) + " of '"
                        + aggregation.field() + "' adds decimals, whose last digits depend on the order of addition");
            }
        }
        return new WindowSplit(keyBy, slice, null);
    }

    boolean split() {
        return whyNot == null;
    }

    private static WindowSplit no(String why) {
        return new WindowSplit(null, 0, why);
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
