package io.pipelinestudio.runtime.compile;

import io.pipelinestudio.model.node.Aggregation;
import io.pipelinestudio.model.node.Node;
import io.pipelinestudio.model.node.ReduceEmission;
import io.pipelinestudio.model.node.ReduceNode;
import io.pipelinestudio.model.schema.Schema;
import io.pipelinestudio.model.validate.StreamInfo;
import io.pipelinestudio.runtime.codegen.JavaSource;
import io.pipelinestudio.runtime.functions.AggregateSpec;
import io.pipelinestudio.runtime.functions.KeyFields;
import io.pipelinestudio.runtime.functions.KeyedReduceFunction;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.flink.streaming.api.datastream.KeyedStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.types.Row;

/** A {@link NodeTranslator} for the {@link ReduceNode}: a keyed process function over keyed state. */
final class ReduceTranslator extends AbstractNodeTranslator<ReduceNode> {
    @Override
    public void translate(ReduceNode node, JavaSource java) {
        java.use(SingleOutputStreamOperator.class, Row.class, KeyedReduceFunction.class, KeyFields.class,
                AggregateSpec.class);
        StreamInfo input = java.inputInfo(node);
        boolean everyRecord = node.emit() == ReduceEmission.EVERY_RECORD;
        java.comment("aggregates all records of each key in keyed state; "
                + (everyRecord ? "emits the updated result after every record"
                        : "emits the final result when the input ends (a timer at the end of event time)"));
        String spec = java.declare("AggregateSpec", node, "aggregates",
                "new AggregateSpec(" + aggregations(node.aggregations(), java) + ",\n        "
                        + java.schema(input.schema()) + ")");
        String keys = "new KeyFields(" + JavaSource.ints(KeyByTranslator.keyIndexes(input.schema(), input.keyFields())) + ")";
        AggregateSplit split = AggregateSplit.of(node, java.inputNode(node), input.schema());
        String keyed;
        if (split.split()) {
            keyed = PreAggregationJava.write(node, split, input.schema(), input.keyFields(), spec, keys, java).keyed();
        } else {
            java.comment("not split into partial results before the shuffle: " + split.whyNot());
            keyed = java.input(node);
        }
        java.output(node, ReduceNode.OUT, java.declare("SingleOutputStreamOperator<Row>", node, "", keyed
                + "\n.process(new KeyedReduceFunction(" + keys + ", " + spec + ", " + everyRecord + ", " + split.split()
                + "),\n        " + java.rowType(java.outputSchema(node)) + ")" + java.identify(name(node, ""), uid(node, ""))));
    }

    /** {@code List.of(new Aggregation(AggregateFunction.COUNT, null, "count"), ...)}. */
    static String aggregations(List<Aggregation> aggregations, JavaSource java) {
        java.use(List.class, Aggregation.class, io.pipelinestudio.model.node.AggregateFunction.class);
        return "List.of(" + aggregations.stream()
                .map(a -> "new Aggregation(AggregateFunction." + a.function().name() + ", "
                        + JavaSource.literal(a.field()) + ", " + JavaSource.literal(a.as()) + ")")
                .collect(Collectors.joining(",\n        ")) + ")";
    }
}
