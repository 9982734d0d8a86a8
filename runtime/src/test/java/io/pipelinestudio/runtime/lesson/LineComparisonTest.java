package io.pipelinestudio.runtime.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Lines compared as multisets, decimals within a relative 1e-9, everything else exactly. */
class LineComparisonTest {
    @Test
    void theOrderOfLinesDoesNotCountButHowOftenTheyOccurDoes() {
        assertThat(LineComparison.of(List.of("a,1", "b,2", "a,1"), List.of("a,1", "a,1", "b,2")).matches()).isTrue();

        LineComparison comparison = LineComparison.of(List.of("a,1", "b,2", "a,1"), List.of("a,1", "b,2", "b,2"));

        assertThat(comparison.missing()).containsExactly("a,1");
        assertThat(comparison.unexpected()).containsExactly("b,2");
    }

    @Test
    void decimalsWithinTheToleranceMatchAndOthersDoNot() {
        assertThat(LineComparison.of(List.of("3,0.011131671612667330"), List.of("3,0.011131671612667331")).matches())
                .isTrue();
        assertThat(LineComparison.of(List.of("4,3.1510654693547253E7"), List.of("4,3.1510654693547E7")).matches())
                .isTrue();
        assertThat(LineComparison.of(List.of("3,0.0111316716"), List.of("3,0.0111316717")).matches()).isFalse();
    }

    @Test
    void wholeNumbersAndTextMustBeEqual() {
        // a relative tolerance would let a window's start in epoch milliseconds slip by one
        assertThat(LineComparison.of(List.of("1700000000000,a,6"), List.of("1700000000001,a,6")).matches()).isFalse();
        assertThat(LineComparison.of(List.of("1.5,sensor-a"), List.of("1.5,sensor-b")).matches()).isFalse();
    }

    @Test
    void notANumberAndInfinityEqualOnlyThemselves() {
        assertThat(LineComparison.of(List.of("5,NaN", "6,Infinity", "7,-Infinity"),
                List.of("7,-Infinity", "5,NaN", "6,Infinity")).matches()).isTrue();
        assertThat(LineComparison.of(List.of("5,NaN"), List.of("5,1.0")).matches()).isFalse();
        assertThat(LineComparison.of(List.of("6,Infinity"), List.of("6,1.0E308")).matches()).isFalse();
    }

    @Test
    void eachActualLineMatchesOneGoldenLineOnly() {
        LineComparison comparison = LineComparison.of(List.of("x,1.0", "x,1.0"), List.of("x,1.0000000000001"));

        assertThat(comparison.missing()).containsExactly("x,1.0");
        assertThat(comparison.unexpected()).isEmpty();
    }
}
