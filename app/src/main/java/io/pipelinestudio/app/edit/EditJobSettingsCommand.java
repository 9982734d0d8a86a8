package io.pipelinestudio.app.edit;

import io.pipelinestudio.model.JobSettings;
import io.pipelinestudio.model.Pipeline;

/** Replaces the pipeline's job settings (checkpoints and restarts) with edited ones. */
public final class EditJobSettingsCommand extends GraphEdit {
    private final JobSettings settings;

    public EditJobSettingsCommand(PipelineTarget target, JobSettings settings, String description) {
        super(target, description);
        this.settings = settings;
    }

    @Override
    Pipeline apply(Pipeline pipeline) {
        return pipeline.withJob(settings);
    }
}
