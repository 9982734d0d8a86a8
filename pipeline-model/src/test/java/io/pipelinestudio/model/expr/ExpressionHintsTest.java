package io.pipelinestudio.model.expr;

import static io.pipelinestudio.model.PipelineFixtures.float64;
import static io.pipelinestudio.model.PipelineFixtures.int64;
import static io.pipelinestudio.model.PipelineFixtures.string;
import static org.assertj.core.api.Assertions.assertThat;

import io.pipelinestudio.model.schema.Schema;
import io.pipelinestudio.model.validate.Excerpt;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The typos a person makes in an expression, each answered with what to type instead and where. */
class ExpressionHintsTest {
    private static final Schema SCHEMA = Schema.of(int64("amount"), string("key"), float64("price"));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " | ", quoteCharacter = '`', textBlock = """
            amount = 2                 | 8  | a single '=' is not a comparison: write '==' to compare (expressions assign nothing)
            amout > 2                  | 1  | there is no field 'amout'; did you mean 'amount'?
            Price > 2                  | 1  | there is no field 'Price'; did you mean 'price'?
            total > 2                  | 1  | there is no field 'total' here; the fields are amount, key, price
            amount > 2 and key == 'a'  | 12 | 'and' is not an operator here: write && for 'and', || for 'or' and ! for 'not'
            key + 1                    | 5  | '+' cannot combine text and a whole number: convert with string(x), int(x) or double(x)
            amount * price             | 8  | '*' cannot combine a whole number and a decimal number: convert one side, for example double(amount)
            amount >                   | 9  | the expression ends too early: a value is missing at the end
            (amount > 2                | 12 | a '(' is not closed: add ')'
            key == "x                  | 8  | a text in quotes is not closed: end it with "
            amount <> 2                | 9  | '>' is not expected here: 'not equal' is written '!='
            price > 1,5                | 10 | ',' is not expected here: decimals are written with a point (1.5)
            amount # 2                 | 8  | '#' is not part of the expression language
            """)
    void aTypoIsExplainedWithWhatToWriteAndWhere(String source, int column, String hint) {
        ExpressionCheck check = Expressions.check(source, SCHEMA);

        assertThat(check.error()).isEqualTo(hint);
        assertThat(check.column()).isEqualTo(column);
        assertThat(check.error()).doesNotContain("expecting", "<EOF>", "token recognition", "overload");
    }

    @Test
    void fieldNamesFromTheFileAreQuotedWithTheirControlCharactersShown() {
        Schema odd = Schema.of(int64("amo\u0007unt"), string("k\ney"));

        assertThat(Expressions.check("amount > 1", odd).error())
                .isEqualTo("there is no field 'amount'; did you mean 'amo\\u0007unt'?");
        assertThat(Expressions.check("total > 1", odd).error())
                .isEqualTo("there is no field 'total' here; the fields are amo\\u0007unt, k\\ney");
    }

    @Test
    void theCaretStandsUnderTheFaultAndALongExpressionIsShownAroundIt() {
        assertThat(new Excerpt("amount = 2", 8).caretLines(80)).containsExactly("amount = 2", "       ^");

        String longer = "a + ".repeat(30) + "b = 2";
        List<String> lines = new Excerpt(longer, longer.indexOf('=') + 1).caretLines(50);
        assertThat(lines.get(0)).startsWith("\u2026").contains("b = 2").hasSizeLessThanOrEqualTo(50);
        assertThat(lines.get(0).charAt(lines.get(1).indexOf('^'))).isEqualTo('=');

        List<String> tab = new Excerpt("a\t= 2", 3).caretLines(80);
        assertThat(tab.get(0).charAt(tab.get(1).indexOf('^'))).as("an escaped tab moves the caret").isEqualTo('=');
    }
}
