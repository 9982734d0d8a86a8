package io.pipelinestudio.app.chart;

import java.math.BigDecimal;
import java.math.MathContext;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;

/**
 * Tick labels a person reads at a glance: plain decimals with at most three significant digits
 * ({@code 0.631}, {@code 250}) between a thousandth and a hundred thousand, and short powers of ten
 * ({@code 2.5e-6}) beyond, never Java's {@code 6.31E-1}.
 */
public final class TickFormat extends NumberFormat {
    private static final MathContext THREE_DIGITS = new MathContext(3);
    private static final double SMALLEST_PLAIN = 1e-3;
    private static final double LARGEST_PLAIN = 1e5;

    @Override
    public StringBuffer format(double number, StringBuffer target, FieldPosition position) {
        return target.append(text(number));
    }

    @Override
    public StringBuffer format(long number, StringBuffer target, FieldPosition position) {
        return target.append(text(number));
    }

    @Override
    public Number parse(String source, ParsePosition position) {
        String rest = source.substring(position.getIndex()).trim();
        try {
            double value = Double.parseDouble(rest);
            position.setIndex(source.length());
            return value;
        } catch (NumberFormatException e) {
            position.setErrorIndex(position.getIndex());
            return null;
        }
    }

    /** The label of {@code value}. */
    public static String text(double value) {
        if (value == 0 || !Double.isFinite(value)) {
            return value == 0 ? "0" : String.valueOf(value);
        }
        BigDecimal rounded = new BigDecimal(value).round(THREE_DIGITS).stripTrailingZeros();
        double magnitude = Math.abs(rounded.doubleValue());
        if (magnitude >= SMALLEST_PLAIN && magnitude < LARGEST_PLAIN) {
            return rounded.toPlainString();
        }
        // unscaled × 10^-scale, written as mantissa e exponent with one digit before the point
        int exponent = rounded.precision() - rounded.scale() - 1;
        BigDecimal mantissa = rounded.movePointLeft(exponent).stripTrailingZeros();
        return mantissa.toPlainString() + "e" + exponent;
    }
}
