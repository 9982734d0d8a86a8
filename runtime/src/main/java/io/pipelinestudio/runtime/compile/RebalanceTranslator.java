package io.pipelinestudio.runtime.compile;

import io.pipelinestudio.model.node.RebalanceNode;

/** A {@link NodeTranslator} for the {@link RebalanceNode}: Flink's round-robin {@code rebalance}. */
final class RebalanceTranslator extends AbstractNodeTranslator<RebalanceNode> {
    @Override
    public void translate(RebalanceNode node, TranslationContext context) {
        context.output(node, RebalanceNode.OUT, context.input(node).rebalance());
    }
}
