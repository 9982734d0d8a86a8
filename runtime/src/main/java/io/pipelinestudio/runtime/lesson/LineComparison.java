package io.pipelinestudio.runtime.lesson;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two files' lines compared as multisets: the order of lines is not meaningful (a parallel job's sink writes
 * them in any order), how often a line occurs is. Lines are equal when their text is, or when they differ only
 * in decimal numbers within a relative {@link #TOLERANCE}, so floating noise in a last digit is no difference;
 * whole numbers (counts, times, steps) must be equal, and NaN and Infinity equal only themselves.
 */
public record LineComparison(List<String> missing, List<String> unexpected) {
    public static final double TOLERANCE = 1e-9;
    /** A decimal number (with a point or an exponent), NaN or Infinity, standing alone between other text. */
    private static final Pattern DECIMAL = Pattern.compile(
            "(?<![\\w.])[-+]?(?:\\d+\\.\\d*|\\.\\d+|\\d+(?=[eE]))(?:[eE][-+]?\\d+)?(?![\\w.])"
                    + "|(?<![\\w.])[-+]?(?:NaN|Infinity)(?![\\w.])");

    public LineComparison {
        missing = List.copyOf(missing);
        unexpected = List.copyOf(unexpected);
    }

    public boolean matches() {
        return missing.isEmpty() && unexpected.isEmpty();
    }

    /** The golden lines not found among the actual ones, and the actual lines not found among the golden ones. */
    public static LineComparison of(List<String> golden, List<String> actual) {
        Map<String, Integer> balance = new LinkedHashMap<>();
        golden.forEach(line -> balance.merge(line, 1, Integer::sum));
        actual.forEach(line -> balance.merge(line, -1, Integer::sum));
        List<String> missing = new ArrayList<>();
        List<String> unexpected = new ArrayList<>();
        balance.forEach((line, count) -> {
            for (int i = 0; i < Math.abs(count); i++) {
                (count > 0 ? missing : unexpected).add(line);
            }
        });
        if (!missing.isEmpty() && !unexpected.isEmpty()) {
            pairWithinTolerance(missing, unexpected);
        }
        return new LineComparison(missing, unexpected);
    }

    /** Removes from both lists the lines that differ only by decimal noise; only lines of the same shape can. */
    private static void pairWithinTolerance(List<String> missing, List<String> unexpected) {
        Map<String, List<Numbers>> candidates = new HashMap<>();
        for (String line : unexpected) {
            Numbers numbers = Numbers.of(line);
            candidates.computeIfAbsent(numbers.shape, k -> new ArrayList<>()).add(numbers);
        }
        List<String> stillMissing = new ArrayList<>();
        List<String> paired = new ArrayList<>();
        for (String line : missing) {
            Numbers wanted = Numbers.of(line);
            List<Numbers> sameShape = candidates.getOrDefault(wanted.shape, List.of());
            Numbers match = sameShape.stream().filter(wanted::closeTo).findFirst().orElse(null);
            if (match == null) {
                stillMissing.add(line);
            } else {
                sameShape.remove(match);
                paired.add(match.line);
            }
        }
        missing.clear();
        missing.addAll(stillMissing);
        paired.forEach(unexpected::remove);
    }

    /** A line split into its text around decimal numbers (its shape) and those numbers. */
    private record Numbers(String line, String shape, List<String> values) {
        static Numbers of(String line) {
            Matcher matcher = DECIMAL.matcher(line);
            StringBuilder shape = new StringBuilder();
            List<String> values = new ArrayList<>();
            while (matcher.find()) {
                values.add(matcher.group());
                matcher.appendReplacement(shape, "\u0000");
            }
            matcher.appendTail(shape);
            return new Numbers(line, shape.toString(), values);
        }

        boolean closeTo(Numbers other) {
            for (int i = 0; i < values.size(); i++) {
                if (!close(Double.parseDouble(values.get(i)), Double.parseDouble(other.values.get(i)))) {
                    return false;
                }
            }
            return true;
        }

        private static boolean close(double a, double b) {
            if (Double.compare(a, b) == 0 || a == b) {
                return true;
            }
            // NaN and the infinities are equal to themselves only: a run that diverged does not match one that did not
            if (!Double.isFinite(a) || !Double.isFinite(b)) {
                return false;
            }
            return Math.abs(a - b) <= TOLERANCE * Math.max(Math.abs(a), Math.abs(b));
        }
    }
}
