package io.pipelinestudio.runtime.functions;

import io.pipelinestudio.model.expr.CompiledExpression;
import io.pipelinestudio.model.expr.ExpressionException;
import io.pipelinestudio.model.expr.Expressions;
import io.pipelinestudio.model.schema.Schema;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichMapFunction;
import org.apache.flink.types.Row;

/**
 * Builds each output row from input fields and computed expressions. {@code sources[i]} says where
 * output field {@code i} comes from: {@code k >= 0} copies input field {@code k}, {@code -(j + 1)}
 * evaluates expression {@code j}.
 */
public final class ComputeFieldsFunction extends RichMapFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final String nodeId;
    private final String[] expressionSources;
    private final int[] sources;
    private final RecordSchema input;
    private transient CompiledExpression[] expressions;

    public ComputeFieldsFunction(String nodeId, String[] expressionSources, int[] sources, Schema input) {
        this.nodeId = nodeId;
        this.expressionSources = expressionSources.clone();
        this.sources = sources.clone();
        this.input = new RecordSchema(input);
    }

    @Override
    public void open(OpenContext openContext) {
        expressions = new CompiledExpression[expressionSources.length];
        for (int j = 0; j < expressionSources.length; j++) {
            expressions[j] = Expressions.compile(expressionSources[j], input.toSchema());
        }
    }

    @Override
    public Row map(Row in) {
        Row out = Row.withPositions(sources.length);
        for (int i = 0; i < sources.length; i++) {
            int source = sources[i];
            if (source >= 0) {
                out.setField(i, in.getField(source));
            } else {
                out.setField(i, evaluate(expressions[-source - 1], in));
            }
        }
        return out;
    }

    private Object evaluate(CompiledExpression expression, Row in) {
        try {
            return expression.evaluate(in::getField);
        } catch (ExpressionException e) {
            throw new NodeFailureException(nodeId, e.getMessage() + " on the record " + in, e);
        }
    }
}
