package io.pipelinestudio.runtime.compile;

import io.pipelinestudio.model.node.CsvSinkNode;
import io.pipelinestudio.model.schema.Schema;
import io.pipelinestudio.runtime.io.DelimitedFormatter;
import io.pipelinestudio.runtime.io.LineFileSink;
import org.apache.flink.types.Row;

/** A {@link NodeTranslator} for the {@link CsvSinkNode}: one complete file, written by one writer. */
final class CsvSinkTranslator extends AbstractNodeTranslator<CsvSinkNode> {
    @Override
    public void translate(CsvSinkNode node, TranslationContext context) {
        Schema input = context.inputSchema(node);
        DelimitedFormatter formatter = new DelimitedFormatter(node.delimiter().charAt(0));
        String header = node.header() ? formatter.formatNames(input.names().toArray(String[]::new)) : null;
        LineFileSink<Row> sink = new LineFileSink<>(node.path(), header, formatter::format, false,
                context.options().taps().results(node.id()));
        identify(context.input(node).sinkTo(sink), node).setParallelism(1);
    }
}
