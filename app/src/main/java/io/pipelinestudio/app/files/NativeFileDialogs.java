package io.pipelinestudio.app.files;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The platform's own open and save dialogs, filtered to pipeline files. */
public final class NativeFileDialogs implements FileDialogs {
    @Override
    public Optional<Path> chooseOpen(Window owner, Path folder) {
        FileChooser chooser = chooser("Open pipeline", folder);
        File file = chooser.showOpenDialog(owner);
        return Optional.ofNullable(file).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseSave(Window owner, Path folder, String suggestedName) {
        FileChooser chooser = chooser("Save pipeline", folder);
        chooser.setInitialFileName(suggestedName);
        File file = chooser.showSaveDialog(owner);
        if (file == null) {
            return Optional.empty();
        }
        Path path = file.toPath();
        return Optional.of(path.getFileName().toString().contains(".") ? path : path.resolveSibling(path.getFileName() + ".json"));
    }

    @Override
    public Optional<Path> chooseExport(Window owner, Path folder, String suggestedName, String description,
            String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export " + description);
        if (!extension.isEmpty()) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(description + " (*" + extension + ")",
                    "*" + extension));
        }
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("All files", "*"));
        if (folder != null && Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        chooser.setInitialFileName(suggestedName);
        File file = chooser.showSaveDialog(owner);
        if (file == null) {
            return Optional.empty();
        }
        Path path = file.toPath();
        return Optional.of(extension.isEmpty() || path.getFileName().toString().endsWith(extension) ? path
                : path.resolveSibling(path.getFileName() + extension));
    }

    private static FileChooser chooser(String title, Path folder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Pipelines (*.json)", "*.json"),
                new FileChooser.ExtensionFilter("All files", "*"));
        if (folder != null && Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        return chooser;
    }
}
