package io.pipelinestudio.runtime.cli;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The per-user folder for settings, recovery files and the local Kafka broker, never inside the
 * installation: the platform's own (XDG_CONFIG_HOME or ~/.config on Linux, %APPDATA% on Windows,
 * ~/Library/Application Support on macOS); tests point it elsewhere with a system property. The
 * designer's {@code ConfigDirectory} asks here, so the command line and the designer agree on one folder.
 */
public final class UserConfigFolder {
    /** Points the folder elsewhere, as tests do; the app reads the same property. */
    public static final String PROPERTY = "pipelinestudio.config.dir";

    private UserConfigFolder() {}

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
