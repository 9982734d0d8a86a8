package io.pipelinestudio.runtime.compile;

import io.pipelinestudio.model.node.CsvSourceNode;
import io.pipelinestudio.model.schema.Field;
import io.pipelinestudio.runtime.codegen.JavaSource;
import io.pipelinestudio.runtime.functions.ParseLinesFunction;
import io.pipelinestudio.runtime.functions.Rejections;
import io.pipelinestudio.runtime.io.DelimitedFormatter;
import io.pipelinestudio.runtime.io.CsvRecordFormat;
import io.pipelinestudio.runtime.io.DelimitedParser;
import java.util.List;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.connector.file.src.FileSource;
import org.apache.flink.core.fs.Path;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.types.Row;

/** A {@link NodeTranslator} for the {@link CsvSourceNode}: Flink's file source, then typed parsing. */
final class CsvSourceTranslator extends AbstractNodeTranslator<CsvSourceNode> {
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

    @Override
    public void translate(CsvSourceNode node, JavaSource java) {
        java.use(FileSource.class, CsvRecordFormat.class, Path.class, WatermarkStrategy.class, DataStream.class,
                SingleOutputStreamOperator.class, Row.class, ParseLinesFunction.class, DelimitedParser.class,
                Rejections.class);
        java.comment("reads the file record by record (a quoted field may span lines); parsing types the declared"
                + " fields and rejects records that do not parse");
        String files = java.declare("FileSource<String>", node, "files",
                "FileSource\n.forRecordStreamFormat(new CsvRecordFormat(" + JavaSource.literal(node.delimiter().charAt(0))
                        + "), new Path(" + java.string(node.path())
                        + "))\n.build()");
        String lines = java.declare("DataStream<String>", node, "lines", "job.lines(" + JavaSource.literal(node.id())
                + ", env.fromSource(" + files + ", WatermarkStrategy.noWatermarks(), "
                + JavaSource.literal(name(node, "read")) + ")" + java.identify(name(node, "read"), uid(node, "read"))
                + ")");
        List<String> names = node.fields().stream().map(Field::name).toList();
        String parser = "new DelimitedParser(" + JavaSource.names(names) + ",\n        "
                + java.fieldTypes(RowTypes.types(node.schema())) + ", " + JavaSource.literal(node.delimiter().charAt(0))
                + ")";
        String rows = java.declare("SingleOutputStreamOperator<Row>", node, "", lines
                + "\n.process(new ParseLinesFunction(" + JavaSource.literal(node.id()) + ", " + parser + ", "
                + JavaSource.literal(headerLine(node)) + "))\n.returns(" + java.rowType(node.schema()) + ")"
                + java.identify(name(node, ""), uid(node, "")));
        java.output(node, CsvSourceNode.OUT, rows);
        java.reject(node, rows + ".getSideOutput(Rejections.TAG)");
    }
}
