package io.pipelinestudio.app.run;

import io.pipelinestudio.model.Pipeline;
import io.pipelinestudio.model.validate.ExecutionMode;
import io.pipelinestudio.runtime.run.RunListener;
import java.util.Set;

/**
 * A live view that follows runs started from the designer (window charts, loss curves): it names the
 * node outputs it wants to see and receives them while the run goes on.
 */
public interface RunObserver {
    /** Ids of the nodes whose outputs this view watches in a run of {@code pipeline}; none unless it says. */
    default Set<String> watched(Pipeline pipeline) {
        return Set.of();
    }

    /**
     * Called on the FX thread when a run of {@code pipeline} starts; returns the listener for that run,
     * which is called on the job's threads and must hand its work to the FX thread in batches.
     */
    default RunListener started(Pipeline pipeline, ExecutionMode mode, String runLabel) {
        return RunListener.NONE;
    }

    /**
     * Called on the FX thread when another pipeline is opened: drop everything shown of the runs so far. The
     * listeners of those runs may still call in for a moment, and must then change nothing that is shown.
     */
    default void forget() {}
}
