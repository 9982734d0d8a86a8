package io.pipelinestudio.runtime.compile;

import io.pipelinestudio.model.node.FilterNode;
import io.pipelinestudio.runtime.functions.ExpressionFilterFunction;

/** A {@link NodeTranslator} for the {@link FilterNode}: Flink's {@code filter} over a CEL condition. */
final class FilterTranslator extends AbstractNodeTranslator<FilterNode> {
    @Override
    public void translate(FilterNode node, TranslationContext context) {
        context.output(node, FilterNode.OUT, identify(context.input(node)
                .filter(new ExpressionFilterFunction(node.id(), node.condition(), context.inputSchema(node))),
                node, ""));
    }
}
