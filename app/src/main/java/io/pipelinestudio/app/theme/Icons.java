package io.pipelinestudio.app.theme;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.Group;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.SVGPath;

/**
 * The stroke icons of assets/icons (24 × 24 SVG files of paths), drawn as JavaFX shapes so that the
 * theme colours them.
 */
public final class Icons {
    private static final Pattern PATH = Pattern.compile("<path[^>]*\\sd=\"([^\"]+)\"");
    private static final Map<String, List<String>> CACHE = new ConcurrentHashMap<>();

    private Icons() {}

    /** The icon {@code name} at {@code size} pixels, styled by {@code .icon}. */
    public static StackPane icon(String name, double size) {
        Group group = new Group();
        for (String d : paths(name)) {
            SVGPath path = new SVGPath();
            path.setContent(d);
            path.getStyleClass().add("icon-path");
            group.getChildren().add(path);
        }
        double scale = size / 24.0;
        group.setScaleX(scale);
        group.setScaleY(scale);
        StackPane box = new StackPane(new Group(group));
        box.getStyleClass().add(Styles.ICON);
        box.setMinSize(size, size);
        box.setPrefSize(size, size);
        box.setMaxSize(size, size);
        return box;
    }

    public static boolean exists(String name) {
        return !paths(name).isEmpty();
    }

    static List<String> paths(String name) {
        return CACHE.computeIfAbsent(name, Icons::load);
    }

    private static List<String> load(String name) {
        List<String> result = new ArrayList<>();
        try (InputStream in = Icons.class.getResourceAsStream("/assets/icons/" + name + ".svg")) {
            if (in == null) {
                return result;
            }
            Matcher matcher = PATH.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            while (matcher.find()) {
                result.add(matcher.group(1));
            }
        } catch (IOException e) {
            throw new IllegalStateException("Expected to read the icon " + name + " but failed: " + e.getMessage(), e);
        }
        return result;
    }
}
