package io.pipelinestudio.runtime.cli;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The per-user folder the designer keeps its settings in (the app's {@code ConfigDirectory}, which the
 * runtime cannot import): the same places and the same override property, so both agree on one folder.
 */
final class UserConfigFolder {
    /** Points the folder elsewhere, as tests do; the app reads the same property. */
    static final String PROPERTY = "pipelinestudio.config.dir";

    private UserConfigFolder() {}

    static Path resolve() {
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
