package io.pipelinestudio.runtime.compile;

import io.pipelinestudio.model.node.FlatMapNode;
import io.pipelinestudio.runtime.functions.SplitFunction;

/** A {@link NodeTranslator} for the {@link FlatMapNode}: Flink's {@code flatMap} splitting a text field. */
final class FlatMapTranslator extends AbstractNodeTranslator<FlatMapNode> {
    @Override
    public void translate(FlatMapNode node, TranslationContext context) {
        int index = context.inputSchema(node).indexOf(node.field());
        context.output(node, FlatMapNode.OUT, identify(context.input(node)
                .flatMap(new SplitFunction(index, node.separator(), node.skipEmpty()))
                .returns(RowTypes.of(context.outputSchema(node))), node, ""));
    }
}
