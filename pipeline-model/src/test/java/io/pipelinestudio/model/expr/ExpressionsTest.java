package io.pipelinestudio.model.expr;

import static io.pipelinestudio.model.PipelineFixtures.bool;
import static io.pipelinestudio.model.PipelineFixtures.float64;
import static io.pipelinestudio.model.PipelineFixtures.int64;
import static io.pipelinestudio.model.PipelineFixtures.string;
import static io.pipelinestudio.model.PipelineFixtures.timestamp;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pipelinestudio.model.schema.FieldType;
import io.pipelinestudio.model.schema.Schema;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExpressionsTest {
    /** Records of this schema are {@code Object[]} in field order: id, key, value, vip, at. */
    private static final Schema SCHEMA =
            Schema.of(int64("id"), string("key"), float64("value"), bool("vip"), timestamp("at"));

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            value * 2.0                 | DOUBLE
            key + "x"                   | STRING
            id + 1                      | LONG
            id > 1.5                    | BOOLEAN
            vip && id % 2 == 0          | BOOLEAN
            at                          | LONG
            key.size()                  | LONG
            double(id) / 4.0            | DOUBLE
            string(id) + "-" + key      | STRING
            key.startsWith("a") ? 1 : 2 | LONG
            """)
    void checkGivesTheResultType(String source, FieldType expected) {
        ExpressionCheck check = Expressions.check(source, SCHEMA);

        assertThat(check.valid()).as(check.error()).isTrue();
        assertThat(check.type()).isEqualTo(expected);
    }

    @Test
    void checkOfAnEmptyExpressionSaysItIsEmpty() {
        assertThat(Expressions.check("  ", SCHEMA)).isEqualTo(ExpressionCheck.failed("the expression is empty"));
        assertThat(Expressions.check(null, SCHEMA)).isEqualTo(ExpressionCheck.failed("the expression is empty"));
    }

    @Test
    void checkOfASyntaxErrorPointsAtTheError() {
        ExpressionCheck check = Expressions.check("value *", SCHEMA);

        assertThat(check.valid()).isFalse();
        assertThat(check.type()).isNull();
        assertThat(check.column()).isEqualTo(8);
        assertThat(check.where()).isEqualTo(" at column 8");
        assertThat(check.error()).isEqualTo("the expression ends too early: a value is missing at the end");
    }

    @Test
    void aConstantPatternThatIsNoRegularExpressionFailsTheCheckInEitherCallForm() {
        for (String source : new String[] {"key.matches('[a-')", "matches(key, '(unclosed')"}) {
            ExpressionCheck check = Expressions.check(source, SCHEMA);

            assertThat(check.valid()).as(source).isFalse();
            assertThat(check.error()).contains("is not a valid regular expression");
        }
        assertThat(Expressions.check("key.matches('^s[0-9]+$')", SCHEMA).valid()).isTrue();
        assertThat(Expressions.check("key.matches(key)", SCHEMA).valid()).as("a pattern from a field").isTrue();
    }

    @Test
    void aHugeExpressionIsQuotedShortInItsError() {
        String huge = "value + " + "1 + ".repeat(200_000) + "'x'";

        assertThatThrownBy(() -> Expressions.compile(huge, SCHEMA)).hasMessageContaining("more characters")
                .satisfies(e -> assertThat(e.getMessage().length()).isLessThan(20_000));
    }

    @Test
    void checkOfMismatchedOperandsNamesTheOperatorAndTypes() {
        ExpressionCheck check = Expressions.check("key + 1", SCHEMA);

        assertThat(check.error()).isEqualTo("'+' cannot combine text and a whole number: convert with string(x),"
                + " int(x) or double(x)");
    }

    @Test
    void checkRefusesResultsThatAreNotAFieldType() {
        ExpressionCheck check = Expressions.check("[id, 2]", SCHEMA);

        assertThat(check.error()).isEqualTo("the expression yields list; expected string, int, double or bool");
    }

    @Test
    void expressionCannotReachAnythingButTheRecordsFields() {
        assertThat(Expressions.check("secret == \"x\"", SCHEMA).error()).startsWith("there is no field 'secret'");
        assertThat(Expressions.check("java.lang.System.exit(1)", SCHEMA).valid()).isFalse();
        assertThat(Expressions.check("System.getenv(\"HOME\")", SCHEMA).valid()).isFalse();
        // a field of another schema is not visible either
        assertThat(Expressions.check("id + 1", Schema.of(string("key"))).error())
                .isEqualTo("there is no field 'id' here; the fields are key");
    }

    @Test
    void compileOfAnInvalidExpressionThrowsWithTheReason() {
        assertThatThrownBy(() -> Expressions.compile("nope + 1", SCHEMA))
                .isInstanceOf(ExpressionException.class)
                .hasMessageStartingWith("expression 'nope + 1' is invalid at column 1: ")
                .hasMessageContaining("there is no field 'nope'");
    }

    @Test
    void compiledExpressionKnowsItsSourceAndResultType() {
        CompiledExpression expression = Expressions.compile("value * 2.0", SCHEMA);

        assertThat(expression.source()).isEqualTo("value * 2.0");
        assertThat(expression.resultType()).isEqualTo(FieldType.DOUBLE);
    }

    @Test
    void arithmeticOnLongsAndDoubles() {
        Object[] record = record(7L, "k", 2.5, false, Instant.EPOCH);

        assertThat(evaluate("id * 3 + 1", record)).isEqualTo(22L);
        assertThat(evaluate("id / 2", record)).isEqualTo(3L);
        assertThat(evaluate("id % 4", record)).isEqualTo(3L);
        assertThat(evaluate("value * 2.0 - 1.0", record)).isEqualTo(4.0);
        assertThat(evaluate("double(id) / value", record)).isEqualTo(2.8);
    }

    @Test
    void stringOperations() {
        Object[] record = record(1L, "berlin", 0.0, true, Instant.EPOCH);

        assertThat(evaluate("key + \"-\" + string(id)", record)).isEqualTo("berlin-1");
        assertThat(evaluate("key.size()", record)).isEqualTo(6L);
        assertThat(evaluate("key.startsWith(\"ber\") && key.contains(\"rl\")", record)).isEqualTo(true);
        assertThat(evaluate("key.matches(\"^b.*n$\")", record)).isEqualTo(true);
        assertThat(evaluate("key == \"paris\"", record)).isEqualTo(false);
    }

    @Test
    void comparisonsMayMixLongsAndDoubles() {
        Object[] record = record(2L, "k", 1.5, false, Instant.EPOCH);

        assertThat(evaluate("id > 1.5", record)).isEqualTo(true);
        assertThat(evaluate("id <= 1.99", record)).isEqualTo(false);
        assertThat(evaluate("value < id", record)).isEqualTo(true);
        assertThat(evaluate("value >= 2", record)).isEqualTo(false);
    }

    @Test
    void timestampFieldsReadAsEpochMillis() {
        Object[] record = record(1L, "k", 0.0, false, Instant.ofEpochMilli(1_700_000_000_123L));

        assertThat(evaluate("at", record)).isEqualTo(1_700_000_000_123L);
        assertThat(evaluate("at - at % 1000", record)).isEqualTo(1_700_000_000_000L);
        assertThat(evaluate("at >= 1700000000000", record)).isEqualTo(true);
    }

    @Test
    void testEvaluatesACondition() {
        CompiledExpression vipOrBig = Expressions.compile("vip || value > 100.0", SCHEMA);

        assertThat(vipOrBig.test(values(record(1L, "a", 150.0, false, Instant.EPOCH)))).isTrue();
        assertThat(vipOrBig.test(values(record(2L, "b", 50.0, true, Instant.EPOCH)))).isTrue();
        assertThat(vipOrBig.test(values(record(3L, "c", 50.0, false, Instant.EPOCH)))).isFalse();
    }

    @Test
    void oneCompiledExpressionEvaluatesManyRecords() {
        CompiledExpression next = Expressions.compile("id + 1", SCHEMA);

        for (long id = 0; id < 5; id++) {
            assertThat(next.evaluate(values(record(id, "k", 0.0, false, Instant.EPOCH)))).isEqualTo(id + 1);
        }
    }

    @Test
    void divisionByZeroFailsWithTheExpressionAndTheReason() {
        CompiledExpression perItem = Expressions.compile("100 / id", SCHEMA);
        Object[] record = record(0L, "k", 0.0, false, Instant.EPOCH);

        assertThatThrownBy(() -> perItem.evaluate(values(record)))
                .isInstanceOf(ExpressionException.class)
                .hasMessageStartingWith("expression '100 / id' failed: ")
                .hasMessageContaining("by zero");
        assertThatThrownBy(() -> evaluate("id % id", record))
                .isInstanceOf(ExpressionException.class)
                .hasMessageContaining("by zero");
    }

    @Test
    void integerOverflowFailsInsteadOfWrappingAround() {
        Object[] record = record(Long.MAX_VALUE, "k", 0.0, false, Instant.EPOCH);

        assertThatThrownBy(() -> evaluate("id + 1", record))
                .isInstanceOf(ExpressionException.class)
                .hasMessageStartingWith("expression 'id + 1' failed: ");
    }

    private static Object evaluate(String source, Object[] record) {
        return Expressions.compile(source, SCHEMA).evaluate(values(record));
    }

    private static Object[] record(long id, String key, double value, boolean vip, Instant at) {
        return new Object[] {id, key, value, vip, at};
    }

    private static FieldValues values(Object[] record) {
        return index -> record[index];
    }
}
