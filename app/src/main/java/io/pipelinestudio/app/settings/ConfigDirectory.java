package io.pipelinestudio.app.settings;

import io.pipelinestudio.runtime.cli.UserConfigFolder;
import java.nio.file.Path;

/** The per-user folder for settings and recovery files: the one the command line uses too. */
public final class ConfigDirectory {
    public static final String PROPERTY = UserConfigFolder.PROPERTY;

    private ConfigDirectory() {}

    public static Path resolve() {
        return UserConfigFolder.resolve();
    }
}
