package io.pipelinestudio.app.files;

import io.pipelinestudio.app.document.PipelineDocument;
import io.pipelinestudio.model.Pipeline;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Keeps the recovery copy in step with the document: every edit is written, off the FX thread, and the
 * copy goes once nothing is unsaved. When edits come faster than the disk, only the newest is written, so
 * a crash loses at most the edit being written at that moment.
 */
public final class Autosave {
    /** The state the recovery copy should reach: unsaved work, or none ({@code pipeline} null). */
    private record Wanted(Pipeline pipeline, Path file) {
        static final Wanted NOTHING = new Wanted(null, null);
    }

    private final PipelineDocument document;
    private final FileWorker worker;
    private final Recovery recovery;
    /** Set by the FX thread, taken by the file worker; a write is queued only when the slot was empty. */
    private final AtomicReference<Wanted> wanted = new AtomicReference<>();
    private boolean following;

    public Autosave(PipelineDocument document, FileWorker worker, Recovery recovery) {
        this.document = document;
        this.worker = worker;
        this.recovery = recovery;
        // the pipeline changes before the dirty flag does; following both always ends on the right state
        document.pipelineProperty().addListener((obs, was, now) -> follow());
        document.dirtyProperty().addListener((obs, was, now) -> follow());
        document.fileProperty().addListener((obs, was, now) -> follow());
    }

    /** Starts following edits; not before the person has answered whether to restore the last copy. */
    public void start() {
        following = true;
        follow();
    }

    /** Stops following edits, leaving the copy as it is. */
    public void stop() {
        following = false;
    }

    /** Removes the copy: the person chose not to keep the unsaved work. */
    public void discard() {
        want(Wanted.NOTHING);
    }

    private void follow() {
        if (following) {
            want(document.isDirty() ? new Wanted(document.pipeline(), document.file()) : Wanted.NOTHING);
        }
    }

    private void want(Wanted next) {
        if (wanted.getAndSet(next) == null) {
            worker.run(this::catchUp);
        }
    }

    private void catchUp() {
        Wanted next = wanted.getAndSet(null);
        if (next == null) {
            return;
        }
        if (next.pipeline() == null) {
            recovery.clear();
            return;
        }
        try {
            recovery.write(next.pipeline(), next.file());
        } catch (IOException e) {
            System.err.println("Could not write the recovery copy: " + e.getMessage());
        }
    }
}
