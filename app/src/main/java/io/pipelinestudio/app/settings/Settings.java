package io.pipelinestudio.app.settings;

import io.pipelinestudio.app.theme.Theme;
import java.util.ArrayList;
import java.util.List;

/** What the designer remembers between launches: theme, window size, recent files and snapping. */
public record Settings(Theme theme, double windowWidth, double windowHeight, boolean maximized,
        List<String> recentFiles, boolean snapToGrid) {
    public static final int MAX_RECENT = 8;

    public Settings {
        theme = theme == null ? Theme.LIGHT : theme;
        windowWidth = windowWidth < 640 ? 1440 : windowWidth;
        windowHeight = windowHeight < 480 ? 900 : windowHeight;
        recentFiles = recentFiles == null ? List.of() : List.copyOf(recentFiles);
    }

    public static Settings defaults() {
        return new Settings(Theme.LIGHT, 1440, 900, false, List.of(), true);
    }

    public Settings withTheme(Theme newTheme) {
        return new Settings(newTheme, windowWidth, windowHeight, maximized, recentFiles, snapToGrid);
    }

    public Settings withWindow(double width, double height, boolean isMaximized) {
        return new Settings(theme, width, height, isMaximized, recentFiles, snapToGrid);
    }

    public Settings withSnapToGrid(boolean snap) {
        return new Settings(theme, windowWidth, windowHeight, maximized, recentFiles, snap);
    }

    /** Puts {@code file} first in the recent files, once, keeping at most {@link #MAX_RECENT}. */
    public Settings withRecent(String file) {
        List<String> recent = new ArrayList<>(recentFiles);
        recent.remove(file);
        recent.add(0, file);
        while (recent.size() > MAX_RECENT) {
            recent.remove(recent.size() - 1);
        }
        return new Settings(theme, windowWidth, windowHeight, maximized, recent, snapToGrid);
    }

    public Settings withoutRecent(String file) {
        List<String> recent = new ArrayList<>(recentFiles);
        recent.remove(file);
        return new Settings(theme, windowWidth, windowHeight, maximized, recent, snapToGrid);
    }
}
