package io.pipelinestudio.app.settings;

import io.pipelinestudio.app.theme.Theme;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the designer remembers between launches: theme, window size, recent files, snapping, and the run
 * parameters last used with each pipeline file (newest first).
 */
public record Settings(Theme theme, double windowWidth, double windowHeight, boolean maximized,
        List<String> recentFiles, boolean snapToGrid, Map<String, Map<String, String>> runParameters) {
    public static final int MAX_RECENT = 8;
    /** Enough for every file a person works on in a while; the oldest are forgotten first. */
    public static final int MAX_REMEMBERED_PARAMETERS = 50;

    public Settings {
        theme = theme == null ? Theme.LIGHT : theme;
        windowWidth = windowWidth < 640 ? 1440 : windowWidth;
        windowHeight = windowHeight < 480 ? 900 : windowHeight;
        recentFiles = recentFiles == null ? List.of() : List.copyOf(recentFiles);
        runParameters = runParameters == null ? Map.of() : copyInOrder(runParameters);
    }

    public static Settings defaults() {
        return new Settings(Theme.LIGHT, 1440, 900, false, List.of(), true, Map.of());
    }

    public Settings withTheme(Theme newTheme) {
        return new Settings(newTheme, windowWidth, windowHeight, maximized, recentFiles, snapToGrid, runParameters);
    }

    public Settings withWindow(double width, double height, boolean isMaximized) {
        return new Settings(theme, width, height, isMaximized, recentFiles, snapToGrid, runParameters);
    }

    public Settings withSnapToGrid(boolean snap) {
        return new Settings(theme, windowWidth, windowHeight, maximized, recentFiles, snap, runParameters);
    }

    /** Puts {@code file} first in the recent files, once, keeping at most {@link #MAX_RECENT}. */
    public Settings withRecent(String file) {
        List<String> recent = new ArrayList<>(recentFiles);
        recent.remove(file);
        recent.add(0, file);
        while (recent.size() > MAX_RECENT) {
            recent.remove(recent.size() - 1);
        }
        return new Settings(theme, windowWidth, windowHeight, maximized, recent, snapToGrid, runParameters);
    }

    public Settings withoutRecent(String file) {
        List<String> recent = new ArrayList<>(recentFiles);
        recent.remove(file);
        return new Settings(theme, windowWidth, windowHeight, maximized, recent, snapToGrid, runParameters);
    }

    /** The parameter values last run with the pipeline in {@code file}; empty when there were none. */
    public Map<String, String> runParametersOf(String file) {
        return runParameters.getOrDefault(file, Map.of());
    }

    /** Remembers {@code values} for {@code file}, first, keeping at most {@link #MAX_REMEMBERED_PARAMETERS} files. */
    public Settings withRunParameters(String file, Map<String, String> values) {
        Map<String, Map<String, String>> remembered = new LinkedHashMap<>();
        remembered.put(file, values);
        runParameters.forEach((other, otherValues) -> {
            if (!other.equals(file) && remembered.size() < MAX_REMEMBERED_PARAMETERS) {
                remembered.put(other, otherValues);
            }
        });
        return new Settings(theme, windowWidth, windowHeight, maximized, recentFiles, snapToGrid, remembered);
    }

    private static Map<String, Map<String, String>> copyInOrder(Map<String, Map<String, String>> source) {
        Map<String, Map<String, String>> copy = new LinkedHashMap<>();
        source.forEach((file, values) -> {
            if (file != null && values != null) {
                Map<String, String> kept = new LinkedHashMap<>();
                values.forEach((name, value) -> {
                    if (name != null && value != null) {
                        kept.put(name, value);
                    }
                });
                copy.put(file, Collections.unmodifiableMap(kept));
            }
        });
        return Collections.unmodifiableMap(copy);
    }
}
