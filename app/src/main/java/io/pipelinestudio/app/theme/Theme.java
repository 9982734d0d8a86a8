package io.pipelinestudio.app.theme;

import java.util.List;
import java.util.Objects;
import javafx.scene.Scene;
import javafx.scene.paint.Color;

/** The light and dark variants of the hand-made theme: one palette stylesheet plus the component sheets. */
public enum Theme {
    LIGHT("theme-light.css", Color.web("#f6f7fb"), Color.web("#c9cfdc")),
    DARK("theme-dark.css", Color.web("#15171c"), Color.web("#343a46"));

    private static final List<String> COMPONENTS =
            List.of("app.css", "palette.css", "canvas.css", "properties.css", "problems.css", "run.css",
                    "presentation.css");

    private final String palette;
    private final Color canvasBackground;
    private final Color gridColor;

    Theme(String palette, Color canvasBackground, Color gridColor) {
        this.palette = palette;
        this.canvasBackground = canvasBackground;
        this.gridColor = gridColor;
    }

    public Color canvasBackground() {
        return canvasBackground;
    }

    public Color gridColor() {
        return gridColor;
    }

    public Theme other() {
        return this == LIGHT ? DARK : LIGHT;
    }

    public void applyTo(Scene scene) {
        scene.getStylesheets().setAll(stylesheets());
    }

    public List<String> stylesheets() {
        java.util.ArrayList<String> sheets = new java.util.ArrayList<>();
        sheets.add(url(palette));
        COMPONENTS.forEach(c -> sheets.add(url(c)));
        return sheets;
    }

    private static String url(String name) {
        return Objects.requireNonNull(Theme.class.getResource("/assets/css/" + name),
                "Expected the stylesheet assets/css/" + name + " on the class path but it is missing").toExternalForm();
    }
}
