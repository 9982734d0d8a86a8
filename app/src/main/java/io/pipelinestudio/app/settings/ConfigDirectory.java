package io.pipelinestudio.app.settings;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The per-user folder for settings and recovery files, never inside the installation: the platform's
 * own (XDG_CONFIG_HOME or ~/.config on Linux, %APPDATA% on Windows, ~/Library/Application Support on
 * macOS); tests point it elsewhere with a system property.
 */
public final class ConfigDirectory {
    public static final String PROPERTY = "pipelinestudio.config.dir";

    private ConfigDirectory() {}

    public static Path resolve() {
        String override = System.getProperty(PROPERTY);
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String home = System.getProperty("user.home");
        if (os.startsWith("windows")) {
            String appData = System.getenv("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : Path.of(home, "AppData", "Roaming");
            return base.resolve("Pipeline Studio");
        }
        if (os.startsWith("mac")) {
            return Path.of(home, "Library", "Application Support", "Pipeline Studio");
        }
        String xdg = System.getenv("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".config");
        return base.resolve("pipeline-studio");
    }
}
