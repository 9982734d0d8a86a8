package io.pipelinestudio.runtime.compile;

import io.pipelinestudio.model.node.CsvSourceNode;
import io.pipelinestudio.model.schema.Field;
import io.pipelinestudio.runtime.functions.ParseLinesFunction;
import io.pipelinestudio.runtime.functions.Rejections;
import io.pipelinestudio.runtime.io.DelimitedFormatter;
import io.pipelinestudio.runtime.io.DelimitedParser;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.connector.file.src.FileSource;
import org.apache.flink.connector.file.src.reader.TextLineInputFormat;
import org.apache.flink.core.fs.Path;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.types.Row;

/** A {@link NodeTranslator} for the {@link CsvSourceNode}: Flink's file source, then typed parsing. */
final class CsvSourceTranslator extends AbstractNodeTranslator<CsvSourceNode> {
    @Override
    public void translate(CsvSourceNode node, TranslationContext context) {
        LineSourceFactory override = context.options().lineSources().get(node.id());
        DataStream<String> lines;
        if (override != null) {
            lines = override.create(context.env(), node.id());
        } else {
            FileSource<String> files =
                    FileSource.forRecordStreamFormat(new TextLineInputFormat(), new Path(node.path())).build();
            lines = identify(context.env().fromSource(files, WatermarkStrategy.noWatermarks(), name(node, "read")),
                    node, "read");
        }
        SingleOutputStreamOperator<Row> rows = identify(
                lines.process(new ParseLinesFunction(node.id(), parser(node), headerLine(node)))
                        .returns(RowTypes.of(node.schema())),
                node, "");
        context.output(node, CsvSourceNode.OUT, rows);
        context.reject(rows.getSideOutput(Rejections.TAG));
    }

    static DelimitedParser parser(CsvSourceNode node) {
        return new DelimitedParser(node.fields().stream().map(Field::name).toArray(String[]::new),
                RowTypes.types(node.schema()), node.delimiter().charAt(0));
    }

    private static String headerLine(CsvSourceNode node) {
        if (!node.header()) {
            return null;
        }
        return new DelimitedFormatter(node.delimiter().charAt(0))
                .formatNames(node.fields().stream().map(Field::name).toArray(String[]::new));
    }
}
