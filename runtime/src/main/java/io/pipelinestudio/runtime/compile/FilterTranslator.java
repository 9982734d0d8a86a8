package io.pipelinestudio.runtime.compile;

import io.pipelinestudio.model.node.FilterNode;
import io.pipelinestudio.runtime.codegen.JavaSource;
import io.pipelinestudio.runtime.functions.ExpressionFilterFunction;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.types.Row;

/** A {@link NodeTranslator} for the {@link FilterNode}: Flink's {@code filter} over a CEL condition. */
final class FilterTranslator extends AbstractNodeTranslator<FilterNode> {
    @Override
    public void translate(FilterNode node, JavaSource java) {
        java.use(SingleOutputStreamOperator.class, Row.class, ExpressionFilterFunction.class);
        java.comment("keeps the records for which the CEL condition holds: " + node.condition());
        java.output(node, FilterNode.OUT, java.declare("SingleOutputStreamOperator<Row>", node, "", java.input(node)
                + "\n.filter(new ExpressionFilterFunction(" + JavaSource.literal(node.id()) + ", "
                + java.string(node.condition()) + ",\n        " + java.schema(java.inputSchema(node)) + "))"
                + java.identify(name(node, ""), uid(node, ""))));
    }
}
