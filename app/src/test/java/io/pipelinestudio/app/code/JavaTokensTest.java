package io.pipelinestudio.app.code;

import static org.assertj.core.api.Assertions.assertThat;

import io.pipelinestudio.app.code.JavaTokens.Kind;
import io.pipelinestudio.app.code.JavaTokens.Token;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class JavaTokensTest {
    @Test
    void tokensGiveTheSourceBackExactly() {
        String source = "// Count (window-aggregate 'count')\nSingleOutputStreamOperator<Row> count = byKey\n"
                + "        .window(TumblingEventTimeWindows.of(Duration.ofMillis(10000L)))\n"
                + "        .name(\"Count \\\"per\\\" 10 s\") /* c */ @SuppressWarnings('x');\n";

        assertThat(JavaTokens.of(source).stream().map(Token::text).collect(Collectors.joining())).isEqualTo(source);
    }

    @Test
    void eachPieceHasItsKind() {
        List<Token> tokens = JavaTokens.of("// heading\nnew KeyFields(new int[] {0}, \"a // b\", 'c', 10000L) @Override x");

        assertThat(tokens).contains(new Token(Kind.COMMENT, "// heading"), new Token(Kind.KEYWORD, "new"),
                new Token(Kind.TYPE, "KeyFields"), new Token(Kind.KEYWORD, "int"), new Token(Kind.NUMBER, "0"),
                new Token(Kind.STRING, "\"a // b\""), new Token(Kind.STRING, "'c'"), new Token(Kind.NUMBER, "10000L"),
                new Token(Kind.ANNOTATION, "@Override"));
        assertThat(tokens).noneMatch(t -> t.kind() == Kind.PLAIN && t.text().contains("KeyFields"));
    }

    @Test
    void unfinishedLiteralsAndCommentsEndWithTheirLineOrTheSource() {
        assertThat(JavaTokens.of("\"open\nnext")).containsExactly(new Token(Kind.STRING, "\"open"),
                new Token(Kind.PLAIN, "\nnext"));
        assertThat(JavaTokens.of("/* open")).containsExactly(new Token(Kind.COMMENT, "/* open"));
        assertThat(JavaTokens.of("\"\\")).containsExactly(new Token(Kind.STRING, "\"\\"));
    }
}
