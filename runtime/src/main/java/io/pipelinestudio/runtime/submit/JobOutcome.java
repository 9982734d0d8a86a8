package io.pipelinestudio.runtime.submit;

import java.time.Duration;

/** How a job submitted to a cluster ended: its final state, how long it was followed, and why it failed. */
public record JobOutcome(String jobId, String state, Duration duration, String failure) {
    public boolean finished() {
        return "FINISHED".equals(state);
    }
}
