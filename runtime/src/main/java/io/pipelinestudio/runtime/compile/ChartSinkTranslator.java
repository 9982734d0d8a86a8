package io.pipelinestudio.runtime.compile;

import io.pipelinestudio.model.node.ChartSinkNode;
import io.pipelinestudio.runtime.codegen.JavaSource;
import io.pipelinestudio.runtime.io.TapSink;
import org.apache.flink.types.Row;

/**
 * A {@link NodeTranslator} for the {@link ChartSinkNode}: its records go only to the live listener, which
 * draws them in the designer; anywhere else (the command line, an exported job) they end here.
 */
final class ChartSinkTranslator extends AbstractNodeTranslator<ChartSinkNode> {
    @Override
    public void translate(ChartSinkNode node, JavaSource java) {
        java.use(TapSink.class, Row.class);
        java.comment("a chart in the designer; outside it, the records it would draw end here");
        java.statement(java.input(node) + "\n.sinkTo(new TapSink<Row>(job.results(" + JavaSource.literal(node.id()) + ")))"
                + java.identify(name(node, ""), uid(node, "")));
    }
}
