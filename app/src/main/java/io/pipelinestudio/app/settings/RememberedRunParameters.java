package io.pipelinestudio.app.settings;

import java.nio.file.Path;
import java.util.Map;

/**
 * The parameter values a pipeline file was last run with, kept in the settings so that opening the file
 * again, even after a restart, offers them again, and opening another file never offers them.
 */
public final class RememberedRunParameters {
    private final UserSettings settings;

    public RememberedRunParameters(UserSettings settings) {
        this.settings = settings;
    }

    /** The values last run with {@code file}; empty for a pipeline never saved or never run with values. */
    public Map<String, String> of(Path file) {
        return file == null ? Map.of() : settings.get().runParametersOf(key(file));
    }

    /** Remembers {@code values} for {@code file}; a pipeline never saved has nowhere to keep them. */
    public void remember(Path file, Map<String, String> values) {
        if (file != null && !values.equals(of(file))) {
            settings.update(s -> s.withRunParameters(key(file), Map.copyOf(values)));
        }
    }

    private static String key(Path file) {
        return file.toAbsolutePath().normalize().toString();
    }
}
