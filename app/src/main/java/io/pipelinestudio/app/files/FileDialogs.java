package io.pipelinestudio.app.files;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;

/** Asks where to open from or save to; tests answer without a native dialog. */
public interface FileDialogs {
    Optional<Path> chooseOpen(Window owner, Path folder);

    Optional<Path> chooseSave(Window owner, Path folder, String suggestedName);

    /**
     * Asks where to write an export: a file named like {@code *extension} described by {@code description},
     * or, when {@code extension} is empty, a new folder.
     */
    default Optional<Path> chooseExport(Window owner, Path folder, String suggestedName, String description,
            String extension) {
        return chooseSave(owner, folder, suggestedName);
    }
}
