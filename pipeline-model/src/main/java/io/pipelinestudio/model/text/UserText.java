package io.pipelinestudio.model.text;

/**
 * Text from a pipeline file or an input record as messages quote it: at most {@link #QUOTED} characters,
 * with the rest counted instead of shown, and control characters made visible, so that a 1 MB expression
 * or a NUL in a value gives a message a person can read.
 */
public final class UserText {
    /** The most characters of one piece of user text a message quotes. */
    public static final int QUOTED = 200;
    /** The longest message: several quotes and the words around them. */
    public static final int MESSAGE = 4 * QUOTED;

    private UserText() {}

    /** {@code text} for a message: control characters escaped, cut after {@link #QUOTED} characters. */
    public static String quote(String text) {
        return shorten(visible(text), QUOTED);
    }

    /** A whole message, cut after {@link #MESSAGE} characters should its quotes make it longer. */
    public static String message(String text) {
        return shorten(text, MESSAGE);
    }

    private static String shorten(String text, int limit) {
        if (text == null || text.length() <= limit) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(limit - 1)) ? limit - 1 : limit;
        return text.substring(0, end) + "\u2026 (" + (text.length() - end) + " more characters)";
    }

    /** Control characters as escapes ({@code \n}, {@code \u0000}), which a terminal or label would act on or hide. */
    public static String visible(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String escaped = switch (c) {
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                case '\t' -> "\\t";
                default -> Character.isISOControl(c) || c == '\u2028' || c == '\u2029'
                        ? String.format("\\u%04x", (int) c) : null;
            };
            if (escaped != null && out == null) {
                out = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            if (out != null) {
                if (escaped != null) {
                    out.append(escaped);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? text : out.toString();
    }
}
