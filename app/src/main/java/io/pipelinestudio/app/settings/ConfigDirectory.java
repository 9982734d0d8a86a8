package io.pipelinestudio.app.settings;

import java.nio.file.Path;

/** The per-user folder for settings and recovery files; tests point it elsewhere with a system property. */
public final class ConfigDirectory {
    public static final String PROPERTY = "pipelinestudio.config.dir";

    private ConfigDirectory() {}

    public static Path resolve() {
        String override = System.getProperty(PROPERTY);
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String xdg = System.getenv("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".config");
        return base.resolve("pipeline-studio");
    }
}
