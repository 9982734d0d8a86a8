package io.pipelinestudio.model.expr;

import static org.assertj.core.api.Assertions.assertThat;

import io.pipelinestudio.model.schema.Field;
import io.pipelinestudio.model.schema.FieldType;
import io.pipelinestudio.model.schema.Schema;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Checks the compiled closures against CEL's own interpreter, the reference, on thousands of random
 * expressions and records: same value, or an error in both.
 */
class ClosureCompilerTest {
    private static final Schema SCHEMA = Schema.of(
            new Field("a", FieldType.LONG),
            new Field("b", FieldType.LONG),
            new Field("x", FieldType.DOUBLE),
            new Field("y", FieldType.DOUBLE),
            new Field("s", FieldType.STRING),
            new Field("t", FieldType.STRING),
            new Field("f", FieldType.BOOLEAN),
            new Field("ts", FieldType.TIMESTAMP));
    private static final long[] LONGS = {0, 1, -1, 2, 7, -7, 100, Long.MAX_VALUE, Long.MIN_VALUE, 1L << 53};
    private static final double[] DOUBLES = {0.0, -0.0, 1.0, -2.5, 7.0, 0.1, Double.NaN,
            Double.POSITIVE_INFINITY, 9.3e18, -9.3e18, 1e300};
    private static final String[] STRINGS = {"", "a", "ab", "key-3", "é", "\uD83D\uDE00", "b"};

    private final Random random = new Random(20261125);

    @Test
    void compiledClosuresAgreeWithCelsInterpreterOnRandomExpressions() {
        int compiled = 0;
        for (int i = 0; i < 3000; i++) {
            String type = List.of("int", "double", "bool", "string").get(random.nextInt(4));
            String source = expression(type, 4);
            ExpressionCheck check = Expressions.check(source, SCHEMA);
            if (!check.valid()) {
                continue;
            }
            CompiledExpression expression = Expressions.compile(source, SCHEMA);
            if (!expression.isCompiled()) {
                continue;
            }
            compiled++;
            for (int r = 0; r < 5; r++) {
                Object[] record = record();
                assertThat(outcome(() -> expression.evaluate(i2 -> record[i2])))
                        .as("%s on %s", source, java.util.Arrays.toString(record))
                        .isEqualTo(outcome(() -> expression.interpret(i2 -> record[i2])));
            }
        }
        assertThat(compiled).as("expressions that compiled to closures").isGreaterThan(1500);
    }

    @Test
    void commonPipelineExpressionsCompileToClosures() {
        for (String source : List.of("value > 50.0 && key != \"key-3\"", "value * 2.0 + double(id % 10)",
                "key.startsWith(\"key-\") ? id : -id", "size(key) > 3 || !flag", "int(value) / 3")) {
            Schema schema = Schema.of(new Field("id", FieldType.LONG), new Field("key", FieldType.STRING),
                    new Field("value", FieldType.DOUBLE), new Field("flag", FieldType.BOOLEAN));
            assertThat(Expressions.compile(source, schema).isCompiled()).as(source).isTrue();
        }
    }

    @Test
    void expressionsOutsideTheSubsetStillRunInCelsInterpreter() {
        CompiledExpression expression = Expressions.compile("s.matches('^a+$')", SCHEMA);

        assertThat(expression.isCompiled()).isFalse();
        Object[] record = {1L, 2L, 1.0, 2.0, "aaa", "b", true, Instant.EPOCH};
        assertThat(expression.evaluate(i -> record[i])).isEqualTo(true);
    }

    private static Object outcome(java.util.function.Supplier<Object> evaluation) {
        try {
            Object value = evaluation.get();
            // NaN is a value like any other here, though it never equals itself
            return value instanceof Double && ((Double) value).isNaN() ? "NaN" : value;
        } catch (ExpressionException e) {
            return "error";
        }
    }

    private Object[] record() {
        return new Object[] {pick(LONGS), pick(LONGS), pick(DOUBLES), pick(DOUBLES),
            STRINGS[random.nextInt(STRINGS.length)], STRINGS[random.nextInt(STRINGS.length)], random.nextBoolean(),
            Instant.ofEpochMilli(random.nextInt(1_000_000))};
    }

    private long pick(long[] values) {
        return values[random.nextInt(values.length)];
    }

    private double pick(double[] values) {
        return values[random.nextInt(values.length)];
    }

    /** A random, usually well-typed expression of {@code type}; ill-typed ones are skipped by the test. */
    private String expression(String type, int depth) {
        boolean leaf = depth == 0 || random.nextInt(3) == 0;
        switch (type) {
            case "int":
                if (leaf) {
                    return oneOf("a", "b", "ts", "0", "3", "-1", "9223372036854775807");
                }
                return oneOf(
                        "(" + expression("int", depth - 1) + " " + oneOf("+", "-", "*", "/", "%") + " "
                                + expression("int", depth - 1) + ")",
                        "-" + expression("int", depth - 1),
                        "int(" + expression("double", depth - 1) + ")",
                        "size(" + expression("string", depth - 1) + ")",
                        "(" + expression("bool", depth - 1) + " ? " + expression("int", depth - 1) + " : "
                                + expression("int", depth - 1) + ")");
            case "double":
                if (leaf) {
                    return oneOf("x", "y", "0.0", "2.5", "-1.0");
                }
                return oneOf(
                        "(" + expression("double", depth - 1) + " " + oneOf("+", "-", "*", "/") + " "
                                + expression("double", depth - 1) + ")",
                        "-" + expression("double", depth - 1),
                        "double(" + expression("int", depth - 1) + ")");
            case "string":
                if (leaf) {
                    return oneOf("s", "t", "\"\"", "\"key-3\"");
                }
                return "(" + expression("string", depth - 1) + " + " + expression("string", depth - 1) + ")";
            default:
                if (leaf) {
                    return oneOf("f", "true", "false");
                }
                String numeric = oneOf("int", "double");
                String other = oneOf("int", "double");
                return oneOf(
                        "(" + expression("bool", depth - 1) + " " + oneOf("&&", "||") + " "
                                + expression("bool", depth - 1) + ")",
                        "!" + expression("bool", depth - 1),
                        "(" + expression(numeric, depth - 1) + " " + oneOf("<", "<=", ">", ">=") + " "
                                + expression(other, depth - 1) + ")",
                        "(" + expression(numeric, depth - 1) + " " + oneOf("==", "!=") + " "
                                + expression(numeric, depth - 1) + ")",
                        "(" + expression("string", depth - 1) + " " + oneOf("<", "==", "!=", ">=") + " "
                                + expression("string", depth - 1) + ")",
                        expression("string", depth - 1) + "." + oneOf("contains", "startsWith", "endsWith")
                                + "(" + expression("string", depth - 1) + ")");
        }
    }

    private String oneOf(String... options) {
        return options[random.nextInt(options.length)];
    }
}
