package io.pipelinestudio.app.files;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;

/** Asks where to open from or save to; tests answer without a native dialog. */
public interface FileDialogs {
    Optional<Path> chooseOpen(Window owner, Path folder);

    Optional<Path> chooseSave(Window owner, Path folder, String suggestedName);
}
