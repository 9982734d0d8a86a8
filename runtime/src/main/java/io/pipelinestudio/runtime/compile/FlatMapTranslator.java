package io.pipelinestudio.runtime.compile;

import io.pipelinestudio.model.node.FlatMapNode;
import io.pipelinestudio.runtime.codegen.JavaSource;
import io.pipelinestudio.runtime.functions.SplitFunction;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.types.Row;

/** A {@link NodeTranslator} for the {@link FlatMapNode}: Flink's {@code flatMap} splitting a text field. */
final class FlatMapTranslator extends AbstractNodeTranslator<FlatMapNode> {
    @Override
    public void translate(FlatMapNode node, JavaSource java) {
        java.use(SingleOutputStreamOperator.class, Row.class, SplitFunction.class);
        int index = java.inputSchema(node).indexOf(node.field());
        java.comment("one record per part of '" + node.field() + "' split at \"" + node.separator() + "\""
                + (node.skipEmpty() ? ", empty parts skipped" : ""));
        java.output(node, FlatMapNode.OUT, java.declare("SingleOutputStreamOperator<Row>", node, "", java.input(node)
                + "\n.flatMap(new SplitFunction(" + index + ", " + java.string(node.separator()) + ", "
                + node.skipEmpty() + "))\n.returns(" + java.rowType(java.outputSchema(node)) + ")"
                + java.identify(name(node, ""), uid(node, ""))));
    }
}
