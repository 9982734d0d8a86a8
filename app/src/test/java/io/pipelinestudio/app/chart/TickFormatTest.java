package io.pipelinestudio.app.chart;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Axis tick labels as a person writes numbers: plain decimals in the everyday range, short powers beyond. */
class TickFormatTest {
    @Test
    void everydayValuesArePlainDecimalsOfAtMostThreeSignificantDigits() {
        assertThat(TickFormat.text(Math.pow(10, -0.2))).isEqualTo("0.631");
        assertThat(TickFormat.text(0.05)).isEqualTo("0.05");
        assertThat(TickFormat.text(1)).isEqualTo("1");
        assertThat(TickFormat.text(2.5)).isEqualTo("2.5");
        assertThat(TickFormat.text(250)).isEqualTo("250");
        assertThat(TickFormat.text(12_345)).isEqualTo("12300");
        assertThat(TickFormat.text(0.001)).isEqualTo("0.001");
        assertThat(TickFormat.text(-0.25)).isEqualTo("-0.25");
        assertThat(TickFormat.text(0)).isEqualTo("0");
    }

    @Test
    void tinyAndHugeValuesAreShortPowersOfTenWithASmallE() {
        assertThat(TickFormat.text(1e-12)).isEqualTo("1e-12");
        assertThat(TickFormat.text(2.5e-6)).isEqualTo("2.5e-6");
        assertThat(TickFormat.text(Math.pow(10, -4.2))).isEqualTo("6.31e-5");
        assertThat(TickFormat.text(3e7)).isEqualTo("3e7");
        assertThat(TickFormat.text(0.0009996)).isEqualTo("0.001");
    }

    @Test
    void theFormatReadsBackWhatItWrites() throws Exception {
        TickFormat format = new TickFormat();
        for (double value : new double[] {0.631, 2.5e-6, 3e7, 250}) {
            assertThat(format.parse(format.format(value)).doubleValue()).isEqualTo(value);
        }
    }
}
