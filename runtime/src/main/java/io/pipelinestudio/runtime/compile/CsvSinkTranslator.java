package io.pipelinestudio.runtime.compile;

import io.pipelinestudio.model.node.CsvSinkNode;
import io.pipelinestudio.model.schema.Schema;
import io.pipelinestudio.runtime.codegen.JavaSource;
import io.pipelinestudio.runtime.io.DelimitedFormatter;
import io.pipelinestudio.runtime.io.LineFileSink;
import org.apache.flink.types.Row;

/** A {@link NodeTranslator} for the {@link CsvSinkNode}: one complete file, written by one writer. */
final class CsvSinkTranslator extends AbstractNodeTranslator<CsvSinkNode> {
    @Override
    public void translate(CsvSinkNode node, JavaSource java) {
        java.use(DelimitedFormatter.class, LineFileSink.class, Row.class);
        Schema input = java.inputSchema(node);
        DelimitedFormatter formatter = new DelimitedFormatter(node.delimiter().charAt(0));
        String header = node.header() ? formatter.formatNames(input.names().toArray(String[]::new)) : null;
        java.comment("one complete file, written by one writer: lines go to FILE.inprogress, which becomes FILE"
                + " when the input ends");
        String format = java.declare("DelimitedFormatter", node, "format",
                "new DelimitedFormatter(" + JavaSource.literal(node.delimiter().charAt(0)) + ")");
        java.statement(java.input(node) + "\n.sinkTo(new LineFileSink<Row>(" + java.string(node.path()) + ", "
                + JavaSource.literal(header) + ", " + format + ", false, job.results(" + JavaSource.literal(node.id()) + "), "
                + JavaSource.literal(node.id()) + "))"
                + java.identify(name(node, ""), uid(node, "")) + "\n.setParallelism(1)");
    }
}
