package io.pipelinestudio.runtime.bench;

import java.nio.file.Path;
import java.nio.file.Paths;

/** The installation folder, holding {@code assets/}: set by the launcher, else the working directory. */
final class StudioHome {
    private StudioHome() {}

    static Path resolve(String relative) {
        String home = System.getProperty("studio.home");
        return (home == null ? Paths.get("") : Paths.get(home)).resolve(relative);
    }
}
