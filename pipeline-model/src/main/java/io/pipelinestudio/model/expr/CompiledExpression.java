package io.pipelinestudio.model.expr;

import io.pipelinestudio.model.text.UserText;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelVariableResolver;
import io.pipelinestudio.model.schema.FieldType;
import io.pipelinestudio.model.schema.Schema;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A type-checked expression ready to evaluate against records: compiled to Java closures when it stays
 * within {@link ClosureCompiler}'s subset, else run by CEL's interpreter. Not thread-safe: each parallel
 * operator instance compiles its own.
 */
public final class CompiledExpression {
    private final String source;
    private final FieldType resultType;
    private final CelRuntime.Program program;
    private final Evaluator compiled;
    private final Map<String, Integer> indexByName = new HashMap<>();
    private final boolean[] timestampAt;
    private final CelVariableResolver resolver;
    private FieldValues current;

    CompiledExpression(String source, Schema input, FieldType resultType, CelRuntime.Program program,
            Evaluator compiled) {
        this.source = source;
        this.resultType = resultType;
        this.program = program;
        this.compiled = compiled;
        this.timestampAt = new boolean[input.size()];
        for (int i = 0; i < input.size(); i++) {
            indexByName.put(input.fields().get(i).name(), i);
            timestampAt[i] = input.fields().get(i).type() == FieldType.TIMESTAMP;
        }
        this.resolver = this::resolve;
    }

    public String source() {
        return source;
    }

    public FieldType resultType() {
        return resultType;
    }

    /** Whether this expression runs as compiled closures rather than in CEL's interpreter. */
    public boolean isCompiled() {
        return compiled != null;
    }

    /** Evaluates against one record; the result is a String, Long, Double or Boolean. */
    public Object evaluate(FieldValues values) {
        if (compiled != null) {
            try {
                return compiled.eval(values);
            } catch (EvaluationError e) {
                throw new ExpressionException("expression '" + UserText.quote(source) + "' failed: " + e.getMessage(), e);
            }
        }
        return interpret(values);
    }

    /** Evaluates with CEL's own interpreter, whatever the expression; the reference for the compiled form. */
    Object interpret(FieldValues values) {
        current = values;
        try {
            return program.eval(resolver);
        } catch (CelEvaluationException e) {
            throw new ExpressionException("expression '" + UserText.quote(source) + "' failed: " + rootMessage(e), e);
        } finally {
            current = null;
        }
    }

    public boolean test(FieldValues values) {
        return (Boolean) evaluate(values);
    }

    private Optional<Object> resolve(String name) {
        Integer index = indexByName.get(name);
        if (index == null) {
            return Optional.empty();
        }
        Object value = current.get(index);
        if (timestampAt[index] && value instanceof Instant) {
            return Optional.of(((Instant) value).toEpochMilli());
        }
        return Optional.ofNullable(value);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() != null ? root.getMessage() : e.getMessage();
    }
}
