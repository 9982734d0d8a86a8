package io.pipelinestudio.runtime.compile;

import io.pipelinestudio.model.node.Node;
import io.pipelinestudio.model.schema.Schema;
import io.pipelinestudio.runtime.codegen.JavaSource;
import io.pipelinestudio.runtime.functions.PartialAggregates;
import io.pipelinestudio.runtime.functions.PreAggregateOperator;
import java.util.List;

/**
 * The Java of the first half of a split aggregate ({@link AggregateSplit}), shared by window aggregates and
 * reduces: the partial results' type, the pre-aggregating operator on the key-by's input, and the partials
 * keyed as the key-by keys records.
 */
final class PreAggregationJava {
    /** The variable of the partial results' type, and the expression of the partials keyed for the second half. */
    record FirstHalf(String partialType, String keyed) {}

    private PreAggregationJava() {}

    static FirstHalf write(Node node, AggregateSplit split, Schema schema, List<String> keyFields, String spec,
            String keys, JavaSource java) {
        java.use(PreAggregateOperator.class, PartialAggregates.class);
        String before = java.inputNode(split.keyBy()).id();
        java.comment(split.sliceMs() > 0
                ? "split in two (pre-aggregation): before the shuffle, each instance of '" + before + "' adds its"
                        + " records into partial results per key and " + millis(split.sliceMs()) + " slice of event"
                        + " time, sent on as the watermark moves, so that only partial results cross the network; the"
                        + " windows merge them, keyed as '" + split.keyBy().id() + "' keys records. A record the"
                        + " watermark has already passed goes on alone, so lateness is judged exactly as without the split"
                : "split in two (pre-aggregation): before the shuffle, each instance of '" + before + "' adds its"
                        + " records into partial results per key, sent on as the watermark moves and when the input"
                        + " ends, so that only partial results cross the network; the reduce merges them, keyed as '"
                        + split.keyBy().id() + "' keys records");
        String keyType = KeyByTranslator.keyTypeJava(schema, keyFields, java);
        String partialType = java.declare("TypeInformation<Row>", node, "partial-type",
                "PartialAggregates.type(" + keyType + ",\n        " + java.rowType(schema) + ")");
        String partials = java.declare("SingleOutputStreamOperator<Row>", node, "partials", java.input(split.keyBy())
                + "\n.transform(" + JavaSource.literal(AbstractNodeTranslator.name(node, "pre-aggregate")) + ", "
                + partialType + ",\n        new PreAggregateOperator(" + keys + ", " + spec + ", "
                + JavaSource.literal(split.sliceMs()) + "))\n.uid("
                + JavaSource.literal(AbstractNodeTranslator.uid(node, "pre-aggregate")) + ")");
        return new FirstHalf(partialType, partials + "\n.keyBy(new PartialAggregates.Key(), " + keyType + ")");
    }

    /** {@code 10 s} or {@code 250 ms}, for comments. */
    private static String millis(long ms) {
        return ms % 1000 == 0 ? ms / 1000 + " s" : ms + " ms";
    }
}
