package io.pipelinestudio.runtime.bench;

/** How a benchmark ended: it printed its figures, a check it makes failed, or there is no benchmark of that name. */
public enum BenchOutcome {
    COMPLETED,
    CHECK_FAILED,
    UNKNOWN_NAME
}
