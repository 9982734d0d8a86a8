package io.pipelinestudio.model.lesson;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One step of a {@link Lesson}: its caption (Markdown), the ids of the nodes it highlights, its action (null
 * for a step that only explains), and the outputs its run must produce: output name (a parameter a file is
 * written through, the id of a node that writes a file, or {@code rejected}) to golden file, relative to the
 * lesson's folder.
 */
public record LessonStep(String caption, List<String> highlight, LessonAction action, Map<String, String> expect) {
    public LessonStep {
        caption = caption == null ? "" : caption;
        highlight = highlight == null ? List.of() : List.copyOf(highlight);
        // kept in the file's order, so that outputs are checked and reported in the order the teacher wrote
        expect = expect == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(expect));
    }
}
