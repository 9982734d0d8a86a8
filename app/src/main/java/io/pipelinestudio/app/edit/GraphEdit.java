package io.pipelinestudio.app.edit;

import io.pipelinestudio.model.Pipeline;

/**
 * The base of commands on the immutable pipeline: execute records the pipeline before, computes the one
 * after, and undo and redo swap between the two.
 */
abstract class GraphEdit implements Command {
    private final PipelineTarget target;
    private final String description;
    private Pipeline before;
    private Pipeline after;

    GraphEdit(PipelineTarget target, String description) {
        this.target = target;
        this.description = description;
    }

    /** The pipeline after this edit, computed from the one before it. */
    abstract Pipeline apply(Pipeline pipeline);

    @Override
    public final void execute() {
        before = target.pipeline();
        after = apply(before);
        redo();
    }

    @Override
    public final void undo() {
        target.setPipeline(before);
    }

    @Override
    public final void redo() {
        target.setPipeline(after);
    }

    @Override
    public String description() {
        return description;
    }

    /** Takes over the end state of a later edit that merges into this one. */
    final void absorb(GraphEdit later) {
        after = later.after;
    }

    final boolean changedAnything() {
        return before != after;
    }
}
