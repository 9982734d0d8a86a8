package io.pipelinestudio.app.document;

import io.pipelinestudio.app.edit.Command;
import io.pipelinestudio.app.edit.CommandStack;
import io.pipelinestudio.app.edit.PipelineTarget;
import io.pipelinestudio.model.Pipeline;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The open pipeline: the model (the single source of truth every view shows), the file it came from,
 * the undo history and whether it differs from what was last saved.
 */
public final class PipelineDocument implements PipelineTarget {
    private final ReadOnlyObjectWrapper<Pipeline> pipeline = new ReadOnlyObjectWrapper<>(this, "pipeline");
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyBooleanWrapper unfamiliar = new ReadOnlyBooleanWrapper(this, "unfamiliar");
    private final CommandStack commands = new CommandStack(500);
    private final StringBinding title;
    private Pipeline saved;

    public PipelineDocument() {
        Pipeline empty = empty();
        saved = empty;
        pipeline.set(empty);
        title = Bindings.createStringBinding(this::computeTitle, pipeline, file, dirty);
    }

    public static Pipeline empty() {
        return new Pipeline(Pipeline.FORMAT_VERSION, "untitled", null, List.of(), List.of(), List.of(), Map.of());
    }

    @Override
    public Pipeline pipeline() {
        return pipeline.get();
    }

    /** Only commands call this; views push commands through {@link #execute}. */
    @Override
    public void setPipeline(Pipeline newPipeline) {
        pipeline.set(newPipeline);
        dirty.set(newPipeline != saved);
    }

    public void execute(Command command) {
        commands.push(command);
    }

    public void undo() {
        commands.undo();
    }

    public void redo() {
        commands.redo();
    }

    public CommandStack commands() {
        return commands;
    }

    /** Shows another pipeline, forgetting the history; {@code modified} for a restored recovery copy. */
    public void load(Pipeline loaded, Path from, boolean modified) {
        saved = modified ? null : loaded;
        file.set(from);
        pipeline.set(loaded);
        dirty.set(modified);
        unfamiliar.set(false);
        commands.clear();
    }

    /** Marks the pipeline as read from a file this designer neither wrote nor was allowed to run. */
    public void markUnfamiliar() {
        unfamiliar.set(true);
    }

    /** The person agreed to run it, or this designer saved it. */
    public void markFamiliar() {
        unfamiliar.set(false);
    }

    /** Whether its first run should ask: see {@link #markUnfamiliar()}. */
    public boolean isUnfamiliar() {
        return unfamiliar.get();
    }

    /** Records that {@code written} is now on disk at {@code to}. */
    public void markSaved(Pipeline written, Path to) {
        saved = written;
        file.set(to);
        unfamiliar.set(false);
        dirty.set(pipeline.get() != saved);
    }

    public ReadOnlyObjectProperty<Pipeline> pipelineProperty() {
        return pipeline.getReadOnlyProperty();
    }

    public Path file() {
        return file.get();
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public boolean isDirty() {
        return dirty.get();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    /** The window title: a dot marks unsaved changes. */
    public StringBinding titleBinding() {
        return title;
    }

    public String displayName() {
        if (file.get() != null) {
            return file.get().getFileName().toString();
        }
        String name = pipeline.get().name();
        return name == null || name.isBlank() ? "untitled" : name;
    }

    private String computeTitle() {
        return (dirty.get() ? "\u25CF " : "") + displayName() + " \u2014 Pipeline Studio";
    }
}
