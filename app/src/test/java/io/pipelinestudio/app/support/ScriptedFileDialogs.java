package io.pipelinestudio.app.support;

import io.pipelinestudio.app.files.FileDialogs;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import javafx.stage.Window;

/** Answers open and save dialogs with paths a test queued, as a person would pick them. */
public final class ScriptedFileDialogs implements FileDialogs {
    private final Deque<Path> answers = new ArrayDeque<>();

    public void willChoose(Path path) {
        answers.add(path);
    }

    @Override
    public Optional<Path> chooseOpen(Window owner, Path folder) {
        return Optional.ofNullable(answers.poll());
    }

    @Override
    public Optional<Path> chooseSave(Window owner, Path folder, String suggestedName) {
        return Optional.ofNullable(answers.poll());
    }
}
