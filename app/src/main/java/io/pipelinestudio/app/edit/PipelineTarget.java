package io.pipelinestudio.app.edit;

import io.pipelinestudio.model.Pipeline;

/** The holder of the current pipeline that commands read and replace. */
public interface PipelineTarget {
    Pipeline pipeline();

    void setPipeline(Pipeline pipeline);
}
