package io.pipelinestudio.runtime.compile;

import io.pipelinestudio.model.node.ComputedField;
import io.pipelinestudio.model.node.MapNode;
import io.pipelinestudio.model.schema.Schema;
import io.pipelinestudio.runtime.codegen.JavaSource;
import io.pipelinestudio.runtime.functions.ComputeFieldsFunction;
import java.util.List;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.types.Row;

/** A {@link NodeTranslator} for the {@link MapNode}: a map computing fields from CEL expressions. */
final class MapTranslator extends AbstractNodeTranslator<MapNode> {
    /** Where each output field comes from: {@code i >= 0} copies input field i, {@code -(j + 1)} computes expression j. */
    private static int[] sources(List<ComputedField> computed, Schema input, Schema output) {
        int[] sources = new int[output.size()];
        for (int i = 0; i < output.size(); i++) {
            String name = output.fields().get(i).name();
            int expression = indexOf(computed, name);
            sources[i] = expression >= 0 ? -(expression + 1) : input.indexOf(name);
        }
        return sources;
    }

    private static int indexOf(List<ComputedField> computed, String name) {
        for (int j = 0; j < computed.size(); j++) {
            if (computed.get(j).name().equals(name)) {
                return j;
            }
        }
        return -1;
    }

    @Override
    public void translate(MapNode node, JavaSource java) {
        java.use(SingleOutputStreamOperator.class, Row.class, ComputeFieldsFunction.class);
        Schema input = java.inputSchema(node);
        Schema output = java.outputSchema(node);
        List<ComputedField> computed = node.fields();
        int[] sources = sources(computed, input, output);
        StringBuilder comment = new StringBuilder("computes fields from CEL expressions:");
        computed.forEach(f -> comment.append("\n  ").append(f.name()).append(" = ").append(f.expression()));
        comment.append("\nsources[i] >= 0 copies that input field; -(j + 1) takes expression j");
        java.comment(comment.toString());
        java.output(node, MapNode.OUT, java.declare("SingleOutputStreamOperator<Row>", node, "", java.input(node)
                + "\n.map(new ComputeFieldsFunction(" + JavaSource.literal(node.id()) + ",\n        "
                + java.strings(computed.stream().map(ComputedField::expression).toList()) + ",\n        "
                + JavaSource.ints(sources) + ",\n        " + java.schema(input) + "))\n.returns(" + java.rowType(output)
                + ")" + java.identify(name(node, ""), uid(node, ""))));
    }
}
