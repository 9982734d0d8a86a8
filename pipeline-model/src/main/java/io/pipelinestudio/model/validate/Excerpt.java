package io.pipelinestudio.model.validate;

import io.pipelinestudio.model.text.UserText;
import java.util.List;

/**
 * The piece of user text a problem is about, such as an expression, and the column (from 1) of the fault
 * in it: enough to draw a caret under the fault.
 */
public record Excerpt(String text, int column) {
    /** Characters kept before the fault when the text is too long to show whole. */
    private static final int LEAD = 30;

    /**
     * The text around the fault in at most {@code width} characters, and under it a caret at the fault;
     * control characters are shown as escapes (which move the caret with them).
     */
    public List<String> caretLines(int width) {
        int at = Math.max(1, Math.min(column, text.length() + 1)) - 1;
        String before = UserText.visible(text.substring(0, at));
        String after = UserText.visible(text.substring(at));
        String lead = "";
        if (before.length() > LEAD && before.length() + after.length() > width) {
            before = before.substring(before.length() - LEAD);
            lead = "\u2026";
        }
        String line = lead + before + after;
        if (line.length() > width) {
            line = line.substring(0, Math.max(lead.length() + before.length() + 1, width - 1)) + "\u2026";
        }
        return List.of(line, " ".repeat(lead.length() + before.length()) + "^");
    }
}
