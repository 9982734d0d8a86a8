package io.pipelinestudio.model.param;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code ${name}} placeholders in string settings; {@code $${...}} stands for a literal {@code ${...}}. */
public final class Placeholders {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$?\\$\\{([A-Za-z_][A-Za-z0-9_.-]*)}");

    private Placeholders() {}

    public static Set<String> names(String text) {
        Set<String> names = new LinkedHashSet<>();
        if (text == null) {
            return names;
        }
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            if (!matcher.group().startsWith("$$")) {
                names.add(matcher.group(1));
            }
        }
        return names;
    }

    /**
     * The first {@code ${} in {@code text} that starts no placeholder (a name with a space, say, or no closing
     * brace), quoted up to its closing brace; null when there is none. Left alone, it would reach a file name
     * or a value literally.
     */
    public static String malformed(String text) {
        if (text == null) {
            return null;
        }
        String rest = PLACEHOLDER.matcher(text).replaceAll("");
        for (int at = rest.indexOf("${"); at >= 0; at = rest.indexOf("${", at + 2)) {
            if (at > 0 && rest.charAt(at - 1) == '$') {
                continue; // $${ is a literal ${
            }
            int close = rest.indexOf('}', at);
            return rest.substring(at, close < 0 ? rest.length() : close + 1);
        }
        return null;
    }

    /** Replaces each placeholder by its value; a name without a value is left as it is. */
    public static String substitute(String text, Map<String, String> values) {
        return substitute(text, name -> values.get(name));
    }

    static String substitute(String text, Function<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String replacement;
            if (matcher.group().startsWith("$$")) {
                replacement = matcher.group().substring(1);
            } else {
                String value = values.apply(matcher.group(1));
                replacement = value == null ? matcher.group() : value;
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
