package io.pipelinestudio.runtime.functions;

import io.pipelinestudio.model.expr.CompiledExpression;
import io.pipelinestudio.model.expr.ExpressionException;
import io.pipelinestudio.model.expr.Expressions;
import io.pipelinestudio.model.schema.Schema;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichFilterFunction;
import org.apache.flink.types.Row;

/** Keeps the rows for which a boolean expression holds; the expression is compiled once per instance. */
public final class ExpressionFilterFunction extends RichFilterFunction<Row> {
    private static final long serialVersionUID = 1L;
    private final String nodeId;
    private final String condition;
    private final RecordSchema input;
    private transient CompiledExpression expression;

    public ExpressionFilterFunction(String nodeId, String condition, Schema input) {
        this.nodeId = nodeId;
        this.condition = condition;
        this.input = new RecordSchema(input);
    }

    @Override
    public void open(OpenContext openContext) {
        expression = Expressions.compile(condition, input.toSchema());
    }

    @Override
    public boolean filter(Row row) {
        try {
            return expression.test(row::getField);
        } catch (ExpressionException e) {
            throw new NodeFailureException(nodeId, e.getMessage() + " on the record " + row, e);
        }
    }
}
