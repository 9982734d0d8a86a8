package io.pipelinestudio.runtime.compile;

import io.pipelinestudio.model.node.RebalanceNode;
import io.pipelinestudio.runtime.codegen.JavaSource;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.types.Row;

/** A {@link NodeTranslator} for the {@link RebalanceNode}: Flink's round-robin {@code rebalance}. */
final class RebalanceTranslator extends AbstractNodeTranslator<RebalanceNode> {
    @Override
    public void translate(RebalanceNode node, JavaSource java) {
        java.use(DataStream.class, Row.class);
        java.comment("spreads records round-robin over the next operator's parallel instances");
        java.output(node, RebalanceNode.OUT, java.declare("DataStream<Row>", node, "", java.input(node) + ".rebalance()"));
    }
}
