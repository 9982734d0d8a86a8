package io.pipelinestudio.runtime.compile;

import io.pipelinestudio.model.node.Node;
import io.pipelinestudio.model.node.ReduceEmission;
import io.pipelinestudio.model.node.ReduceNode;
import io.pipelinestudio.model.schema.Schema;
import io.pipelinestudio.model.validate.StreamInfo;
import io.pipelinestudio.runtime.functions.AggregateSpec;
import io.pipelinestudio.runtime.functions.KeyedReduceFunction;
import org.apache.flink.streaming.api.datastream.KeyedStream;
import org.apache.flink.types.Row;

/** A {@link NodeTranslator} for the {@link ReduceNode}: a keyed process function over keyed state. */
final class ReduceTranslator extends AbstractNodeTranslator<ReduceNode> {
    @Override
    public void translate(ReduceNode node, TranslationContext context) {
        StreamInfo input = context.inputInfo(node);
        Schema schema = input.schema();
        KeyedReduceFunction function = new KeyedReduceFunction(
                KeyByTranslator.keyFields(schema, input.keyFields()),
                new AggregateSpec(node.aggregations(), schema),
                node.emit() == ReduceEmission.EVERY_RECORD);
        context.output(node, ReduceNode.OUT, identify(
                keyed(context, node).process(function, RowTypes.of(context.outputSchema(node))), node, ""));
    }

    /** The validator guarantees a key-by right before keyed aggregates, so the input is a keyed stream. */
    @SuppressWarnings("unchecked")
    static KeyedStream<Row, Object> keyed(TranslationContext context, Node node) {
        return (KeyedStream<Row, Object>) context.input(node);
    }
}
