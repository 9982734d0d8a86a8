package io.pipelinestudio.runtime.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.pipelinestudio.model.schema.FieldType;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.flink.types.Row;
import org.junit.jupiter.api.Test;

/**
 * Whole-number columns read as {@link Long#parseLong(String)} reads the stripped field, and timestamps in
 * epoch milliseconds as whole numbers, ASCII digits only.
 */
class DelimitedParserLongTest {
    private static final DelimitedParser PARSER = new DelimitedParser(new String[] {"key", "n"},
            new FieldType[] {FieldType.STRING, FieldType.LONG}, ',');

    /** The parsed value, or null when the field is refused. */
    private static Long parsed(String field) {
        Row row = Row.withPositions(2);
        return PARSER.parseInto("k," + field, row, 0) == null ? (Long) row.getField(1) : null;
    }

    private static Long jdk(String field) {
        try {
            return Long.parseLong(field.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Property(tries = 3000)
    void everyLongReadsBackAsItself(@ForAll long value) {
        assertThat(parsed(Long.toString(value))).isEqualTo(value);
        assertThat(parsed(" +" + Math.abs(value % 1000) + " ")).isEqualTo(Math.abs(value % 1000));
    }

    @Property(tries = 5000)
    void fieldsOfSignsDigitsAndSpacesReadAsTheJdkReadsThem(@ForAll("numberish") String field) {
        assertThat(parsed(field)).isEqualTo(jdk(field));
    }

    @Provide
    Arbitrary<String> numberish() {
        return Arbitraries.strings().withChars("0123456789+- x").ofMaxLength(22);
    }

    @Test
    void theEdgesOfTheRangeFitAndOneBeyondDoesNot() {
        assertThat(parsed("9223372036854775807")).isEqualTo(Long.MAX_VALUE);
        assertThat(parsed("-9223372036854775808")).isEqualTo(Long.MIN_VALUE);
        assertThat(parsed("-09223372036854775808")).isEqualTo(Long.MIN_VALUE);
        assertThat(parsed("9223372036854775808")).isNull();
        assertThat(parsed("-9223372036854775809")).isNull();
        assertThat(parsed("99999999999999999999")).isNull();
    }

    @Test
    void timestampsInEpochMillisecondsTakeAsciiDigitsOnly() {
        DelimitedParser times = new DelimitedParser(new String[] {"at"}, new FieldType[] {FieldType.TIMESTAMP}, ',');
        Row row = Row.withPositions(1);
        assertThat(times.parseInto("1700000000123", row, 0)).isNull();
        assertThat(row.getField(0)).isEqualTo(java.time.Instant.ofEpochMilli(1_700_000_000_123L));
        assertThat(times.parseInto("\u0661\u0667\u0660\u0660", row, 0))
                .isEqualTo("field 'at' is '\u0661\u0667\u0660\u0660'; expected epoch milliseconds or an ISO-8601 instant");
    }

    @Test
    void digitsOfOtherScriptsAndEmptyFieldsAreRefusedWithTheReason() {
        Row row = Row.withPositions(2);
        // Arabic-Indic and fullwidth digits: Long.parseLong accepts them, a CSV number is ASCII
        assertThat(PARSER.parseInto("k,\u0661\u0662", row, 0)).isEqualTo("field 'n' is '\u0661\u0662'; expected a whole number");
        assertThat(PARSER.parseInto("k,\uFF11", row, 0)).contains("expected a whole number");
        assertThat(PARSER.parseInto("k, ", row, 0)).isEqualTo("field 'n' is empty; expected a whole number");
        assertThat(PARSER.parseInto("k,-", row, 0)).isEqualTo("field 'n' is '-'; expected a whole number");
    }
}
