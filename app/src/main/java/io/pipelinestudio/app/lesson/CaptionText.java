package io.pipelinestudio.app.lesson;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.text.Text;

/**
 * The little Markdown a caption uses, as styled text: paragraphs (a blank line), {@code **bold**},
 * {@code *italic*} and {@code `code`}; anything else shows as written, so a caption never loses words.
 */
final class CaptionText {
    private CaptionText() {}

    static List<Text> render(String markdown) {
        List<Text> parts = new ArrayList<>();
        String[] paragraphs = markdown.strip().split("\\n\\s*\\n");
        for (int p = 0; p < paragraphs.length; p++) {
            if (p > 0) {
                parts.add(styled("\n\n", null));
            }
            inline(paragraphs[p].replace('\n', ' '), parts);
        }
        return parts;
    }

    private static void inline(String text, List<Text> parts) {
        StringBuilder plain = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            String marker = text.startsWith("**", i) ? "**" : text.charAt(i) == '*' ? "*" : text.charAt(i) == '`' ? "`" : null;
            int end = marker == null ? -1 : text.indexOf(marker, i + marker.length());
            if (marker != null && end >= 0) {
                if (plain.length() > 0) {
                    parts.add(styled(plain.toString(), null));
                    plain.setLength(0);
                }
                String style = switch (marker) {
                    case "**" -> "caption-bold";
                    case "*" -> "caption-italic";
                    default -> "caption-code";
                };
                parts.add(styled(text.substring(i + marker.length(), end), style));
                i = end + marker.length();
            } else {
                plain.append(text.charAt(i));
                i++;
            }
        }
        if (plain.length() > 0) {
            parts.add(styled(plain.toString(), null));
        }
    }

    private static Text styled(String text, String styleClass) {
        Text part = new Text(text);
        part.getStyleClass().add("caption-text");
        if (styleClass != null) {
            part.getStyleClass().add(styleClass);
        }
        return part;
    }
}
