package io.pipelinestudio.app.actions;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.input.KeyCombination;

/** A canvas gesture that no single key combination describes, such as a drag, written in one or more ways. */
record Gesture(List<String> ways) {
    private static final Set<String> MODIFIERS = Set.of("Shift", "Shortcut", "Ctrl", "Alt", "Meta");

    static Gesture of(String... ways) {
        return new Gesture(List.of(ways));
    }

    /** The ways, separated by commas, each leading modifier written as this platform writes it. */
    String text() {
        return ways.stream().map(Gesture::platformText).collect(Collectors.joining(", "));
    }

    /** "Shift+click" stays so on Linux and becomes "⇧click" on macOS, as in the platform's menus. */
    private static String platformText(String way) {
        int plus = way.indexOf('+');
        if (plus < 0 || !MODIFIERS.contains(way.substring(0, plus))) {
            return way;
        }
        // KeyCombination writes modifiers only together with a key: write one with "A" and drop the "A"
        String withKey = KeyCombination.keyCombination(way.substring(0, plus) + "+A").getDisplayText();
        return withKey.substring(0, withKey.length() - 1) + way.substring(plus + 1);
    }
}
