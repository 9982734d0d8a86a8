package io.pipelinestudio.app.edit;

import io.pipelinestudio.model.Pipeline;

/** Changes the pipeline's own name and description. */
public final class EditPipelineCommand extends GraphEdit {
    private final String name;
    private final String pipelineDescription;

    public EditPipelineCommand(PipelineTarget target, String name, String description, String what) {
        super(target, what);
        this.name = name;
        this.pipelineDescription = description;
    }

    @Override
    Pipeline apply(Pipeline pipeline) {
        return GraphOps.describe(pipeline, name, pipelineDescription);
    }
}
