package io.pipelinestudio.runtime.compile;

import io.pipelinestudio.model.node.ConsoleSinkNode;
import io.pipelinestudio.runtime.codegen.JavaSource;
import io.pipelinestudio.runtime.io.ConsoleSink;
import io.pipelinestudio.runtime.io.DelimitedFormatter;
import org.apache.flink.types.Row;

/** A {@link NodeTranslator} for the {@link ConsoleSinkNode}: comma-separated lines on standard output. */
final class ConsoleSinkTranslator extends AbstractNodeTranslator<ConsoleSinkNode> {
    @Override
    public void translate(ConsoleSinkNode node, JavaSource java) {
        java.use(DelimitedFormatter.class, ConsoleSink.class, Row.class);
        java.comment("comma-separated lines on standard output, from one writer so that lines never interleave");
        String format = java.declare("DelimitedFormatter", node, "format", "new DelimitedFormatter(',')");
        java.statement(java.input(node) + "\n.sinkTo(new ConsoleSink<Row>(" + format + ", job.results(" + JavaSource.literal(node.id()) + ")))"
                + java.identify(name(node, ""), uid(node, "")) + "\n.setParallelism(1)");
    }
}
