package io.pipelinestudio.model.expr;

import io.pipelinestudio.model.schema.Schema;
import io.pipelinestudio.model.text.UserText;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * CEL's parser and type-checker messages in words a person can act on, each with a hint. They describe the
 * grammar ("mismatched input 'and' expecting {&lt;EOF&gt;, '==', …}"); a person wants to know what to type.
 * Only the first issue is described: the parser's later ones usually follow from it.
 */
final class ExpressionHints {
    private static final Pattern UNRECOGNISED = Pattern.compile("token recognition error at: '(.*)'", Pattern.DOTALL);
    private static final Pattern UNDECLARED = Pattern.compile("undeclared reference to '([^']*)'");
    private static final Pattern MISMATCHED = Pattern.compile("(?:mismatched|extraneous) input '(.*?)' expecting",
            Pattern.DOTALL);
    private static final Pattern MISSING = Pattern.compile("missing '(.*?)' at");
    private static final Pattern OVERLOAD = Pattern.compile(
            "found no matching overload for '(_?[^']*?_?)' applied to '\\((.*?)\\)'");
    private static final Map<String, String> WORDS = Map.of("and", "&&", "or", "||", "not", "!");
    private static final Map<String, String> TYPES = Map.of("int", "a whole number", "double", "a decimal number",
            "string", "text", "bool", "true or false", "uint", "an unsigned number");
    private static final int FIELDS_LISTED = 8;

    private ExpressionHints() {}

    /** {@code message}, one of CEL's, as a person would say it; unknown messages are kept as they are. */
    static String describe(String message, Schema input) {
        Matcher m = UNRECOGNISED.matcher(message);
        if (m.find()) {
            return unrecognised(m.group(1));
        }
        if ((m = UNDECLARED.matcher(message)).find()) {
            return undeclared(m.group(1), input);
        }
        if ((m = MISSING.matcher(message)).find()) {
            return m.group(1).equals(")") ? "a '(' is not closed: add ')'"
                    : "'" + UserText.quote(m.group(1)) + "' is missing here";
        }
        if ((m = MISMATCHED.matcher(message)).find()) {
            return unexpected(m.group(1));
        }
        if ((m = OVERLOAD.matcher(message)).find()) {
            return mismatchedTypes(m.group(1), m.group(2));
        }
        return message;
    }

    private static String unrecognised(String text) {
        String token = text.strip();
        if (token.startsWith("=")) {
            return "a single '=' is not a comparison: write '==' to compare (expressions assign nothing)";
        }
        if (token.startsWith("\"") || token.startsWith("'")) {
            return "a text in quotes is not closed: end it with " + token.charAt(0);
        }
        return "'" + UserText.quote(token) + "' is not part of the expression language";
    }

    private static String undeclared(String name, Schema input) {
        String operator = WORDS.get(name.toLowerCase(Locale.ROOT));
        if (operator != null) {
            return wordOperator(name);
        }
        List<String> fields = input.names();
        if (fields.isEmpty()) {
            return "there is no field '" + UserText.quote(name) + "': the input has no fields";
        }
        Optional<String> near = nearest(name, fields);
        if (near.isPresent()) {
            return "there is no field '" + UserText.quote(name) + "'; did you mean '" + UserText.quote(near.get()) + "'?";
        }
        return "there is no field '" + UserText.quote(name) + "' here; the fields are "
                + fields.subList(0, Math.min(FIELDS_LISTED, fields.size())).stream().map(UserText::quote)
                        .collect(Collectors.joining(", "))
                + (fields.size() > FIELDS_LISTED ? ", \u2026" : "");
    }

    private static String unexpected(String token) {
        if (token.equals("<EOF>")) {
            return "the expression ends too early: a value is missing at the end";
        }
        if (WORDS.containsKey(token.toLowerCase(Locale.ROOT))) {
            return wordOperator(token);
        }
        if (token.equals(",")) {
            return "',' is not expected here: decimals are written with a point (1.5)";
        }
        if (token.equals(">") || token.equals("<")) {
            return "'" + token + "' is not expected here: 'not equal' is written '!='";
        }
        return "'" + UserText.quote(token) + "' is not expected here: an operator (==, &&, +, \u2026) or the end"
                + " of the expression was expected before it";
    }

    private static String wordOperator(String word) {
        return "'" + word + "' is not an operator here: write && for 'and', || for 'or' and ! for 'not'";
    }

    private static String mismatchedTypes(String function, String operands) {
        String operator = function.startsWith("_") && function.endsWith("_") && function.length() > 2
                ? function.substring(1, function.length() - 1) : function;
        String[] types = operands.split(",\\s*");
        String described = String.join(" and ", java.util.Arrays.stream(types)
                .map(t -> TYPES.getOrDefault(t.strip(), t.strip())).toList());
        String hint = List.of(types).stream().map(String::strip).toList().containsAll(List.of("int", "double"))
                ? ": convert one side, for example double(amount)"
                : List.of(types).stream().map(String::strip).anyMatch("string"::equals)
                        ? ": convert with string(x), int(x) or double(x)" : "";
        return "'" + operator + "' cannot combine " + described + hint;
    }

    /** The field a typo most likely meant: at most two edits away, or differing only in case. */
    private static Optional<String> nearest(String name, List<String> fields) {
        return fields.stream()
                .filter(f -> f.equalsIgnoreCase(name) || distance(f, name) <= Math.min(2, name.length() / 3 + 1))
                .min(Comparator.comparingInt(f -> f.equalsIgnoreCase(name) ? 0 : distance(f, name)));
    }

    private static int distance(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 2) {
            return Integer.MAX_VALUE;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
