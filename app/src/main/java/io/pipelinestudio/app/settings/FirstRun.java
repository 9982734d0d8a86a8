package io.pipelinestudio.app.settings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether the example gallery has been shown to this user: a marker file in the config folder, so the
 * application opens the gallery on its very first launch only.
 */
public final class FirstRun {
    private final Path marker;

    public FirstRun(Path configDirectory) {
        this.marker = configDirectory.resolve("examples-shown");
    }

    public boolean examplesShown() {
        return Files.exists(marker);
    }

    /** Records that the gallery was shown; call it off the FX thread. */
    public void markExamplesShown() {
        try {
            Files.createDirectories(marker.getParent());
            Files.writeString(marker, "The example gallery opened on the first launch; delete this file to see it again.\n");
        } catch (IOException e) {
            System.err.println("Could not record the first launch in " + marker + ": " + e.getMessage());
        }
    }
}
