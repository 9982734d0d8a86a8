package io.pipelinestudio.app.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits Java source into the pieces a highlighter colours: keywords, string and character literals,
 * comments, numbers, annotations, type names and the rest. A small lexer, not a parser: it only has to
 * read the code the translators write, and never fails on anything else.
 */
public final class JavaTokens {
    /** What a piece of source is, for its colour. */
    public enum Kind {
        KEYWORD, STRING, COMMENT, NUMBER, ANNOTATION, TYPE, PLAIN
    }

    /** One piece of the source; concatenated, the tokens give the source back exactly. */
    public record Token(Kind kind, String text) {}

    private static final Set<String> KEYWORDS = Set.of("abstract", "assert", "boolean", "break", "byte", "case",
            "catch", "char", "class", "const", "continue", "default", "do", "double", "else", "enum", "extends",
            "final", "finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int",
            "interface", "long", "native", "new", "package", "private", "protected", "public", "return", "short",
            "static", "strictfp", "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try",
            "void", "volatile", "while", "var", "record", "true", "false", "null");

    private JavaTokens() {}

    public static List<Token> of(String source) {
        List<Token> tokens = new ArrayList<>();
        int plainStart = 0;
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            int end;
            Kind kind;
            if (c == '/' && i + 1 < n && source.charAt(i + 1) == '/') {
                end = source.indexOf('\n', i);
                end = end < 0 ? n : end;
                kind = Kind.COMMENT;
            } else if (c == '/' && i + 1 < n && source.charAt(i + 1) == '*') {
                end = source.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                kind = Kind.COMMENT;
            } else if (c == '"' || c == '\'') {
                end = quoted(source, i, c);
                kind = Kind.STRING;
            } else if (Character.isDigit(c) && (i == 0 || !Character.isJavaIdentifierPart(source.charAt(i - 1)))) {
                end = i + 1;
                while (end < n && (Character.isLetterOrDigit(source.charAt(end)) || source.charAt(end) == '.'
                        || source.charAt(end) == '_')) {
                    end++;
                }
                kind = Kind.NUMBER;
            } else if (c == '@' && i + 1 < n && Character.isJavaIdentifierStart(source.charAt(i + 1))) {
                end = identifierEnd(source, i + 1);
                kind = Kind.ANNOTATION;
            } else if (Character.isJavaIdentifierStart(c)) {
                end = identifierEnd(source, i);
                String word = source.substring(i, end);
                kind = KEYWORDS.contains(word) ? Kind.KEYWORD : Character.isUpperCase(c) ? Kind.TYPE : Kind.PLAIN;
            } else {
                i++;
                continue;
            }
            if (kind == Kind.PLAIN) {
                i = end;
                continue;
            }
            if (plainStart < i) {
                tokens.add(new Token(Kind.PLAIN, source.substring(plainStart, i)));
            }
            tokens.add(new Token(kind, source.substring(i, end)));
            i = end;
            plainStart = end;
        }
        if (plainStart < n) {
            tokens.add(new Token(Kind.PLAIN, source.substring(plainStart)));
        }
        return tokens;
    }

    /** The end of a literal opened by {@code quote} at {@code start}: after its closing quote, or at the line's end. */
    private static int quoted(String source, int start, char quote) {
        int i = start + 1;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == quote) {
                return i + 1;
            } else if (c == '\n') {
                return i;
            } else {
                i++;
            }
        }
        return source.length();
    }

    private static int identifierEnd(String source, int start) {
        int end = start;
        while (end < source.length() && Character.isJavaIdentifierPart(source.charAt(end))) {
            end++;
        }
        return end;
    }
}
