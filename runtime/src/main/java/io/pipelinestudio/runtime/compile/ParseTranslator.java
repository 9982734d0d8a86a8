package io.pipelinestudio.runtime.compile;

import io.pipelinestudio.model.node.ParseNode;
import io.pipelinestudio.model.schema.Field;
import io.pipelinestudio.model.schema.Schema;
import io.pipelinestudio.runtime.codegen.JavaSource;
import io.pipelinestudio.runtime.functions.ParseFieldFunction;
import io.pipelinestudio.runtime.functions.Rejections;
import io.pipelinestudio.runtime.io.DelimitedParser;
import java.util.stream.IntStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.types.Row;

/** A {@link NodeTranslator} for the {@link ParseNode}; unparsable records go to the rejected output. */
final class ParseTranslator extends AbstractNodeTranslator<ParseNode> {
    @Override
    public void translate(ParseNode node, JavaSource java) {
        java.use(SingleOutputStreamOperator.class, Row.class, ParseFieldFunction.class, DelimitedParser.class,
                Rejections.class);
        Schema input = java.inputSchema(node);
        int textIndex = input.indexOf(node.field());
        int[] kept = IntStream.range(0, input.size()).filter(i -> i != textIndex).toArray();
        java.comment("parses '" + node.field() + "' into typed fields, which replace it; text that does not parse"
                + " is rejected");
        String parser = "new DelimitedParser(" + JavaSource.names(node.fields().stream().map(Field::name).toList())
                + ",\n        " + java.fieldTypes(RowTypes.types(new Schema(node.fields()))) + ", "
                + JavaSource.literal(node.delimiter().charAt(0)) + ")";
        String rows = java.declare("SingleOutputStreamOperator<Row>", node, "", java.input(node)
                + "\n.process(new ParseFieldFunction(" + JavaSource.literal(node.id()) + ", " + textIndex + ", "
                + JavaSource.ints(kept) + ", " + parser + "))\n.returns(" + java.rowType(java.outputSchema(node)) + ")"
                + java.identify(name(node, ""), uid(node, "")));
        java.output(node, ParseNode.OUT, rows);
        java.reject(node, rows + ".getSideOutput(Rejections.TAG)");
    }
}
