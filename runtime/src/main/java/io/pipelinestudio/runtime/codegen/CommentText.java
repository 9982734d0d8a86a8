package io.pipelinestudio.runtime.codegen;

/**
 * Text from a pipeline file made harmless for a comment of generated Java source. Labels, descriptions
 * and expressions are anyone's text, and javac turns {@code \u005cu000a} into a line break before it
 * reads comments, so an unescaped one could end a comment and have the rest compiled as code.
 */
public final class CommentText {
    private CommentText() {}

    /**
     * For {@code //} comments: every line break (CR, LF, CRLF, NEL, U+2028, U+2029) becomes a plain
     * {@code \n}, at which the caller starts a new {@code //} line; other control characters are shown as
     * {@code U+XXXX}; and no backslash can start a Unicode escape.
     */
    public static String lineComment(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                out.append('\n');
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (c == '\n' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                out.append('\n');
            } else if (c == '\\') {
                int run = 0;
                while (i + run < text.length() && text.charAt(i + run) == '\\') {
                    run++;
                }
                boolean beforeU = i + run < text.length() && text.charAt(i + run) == 'u';
                // javac reads a backslash as the start of a Unicode escape only after an even number of
                // backslashes; an even run before 'u' leaves none that does
                out.append("\\".repeat(beforeU && run % 2 == 1 ? run + 1 : run));
                i += run - 1;
            } else if (c == '\t') {
                out.append(' ');
            } else if (Character.isISOControl(c) || c == '\ufeff') {
                out.append(String.format(java.util.Locale.ROOT, "U+%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * For Javadoc ({@code /** ... *}{@code /}): as {@link #lineComment}, on one line, and HTML-escaped, so that
     * neither {@code *}{@code /} nor markup nor a block tag from the text can change the comment.
     */
    public static String javadoc(String text) {
        String safe = lineComment(text).replace('\n', ' ');
        StringBuilder out = new StringBuilder(safe.length());
        for (char c : safe.toCharArray()) {
            switch (c) {
                case '&':
                    out.append("&amp;");
                    break;
                case '<':
                    out.append("&lt;");
                    break;
                case '>':
                    out.append("&gt;");
                    break;
                case '@':
                    out.append("&#64;");
                    break;
                case '/':
                    // "*/" would end the comment; "&#47;" shows the same character
                    out.append(out.length() > 0 && out.charAt(out.length() - 1) == '*' ? "&#47;" : "/");
                    break;
                default:
                    out.append(c);
            }
        }
        return out.toString();
    }
}
