package io.pipelinestudio.runtime.run;

/** The life of one run, as a person watching it sees it. */
public enum RunState {
    CREATED,
    RUNNING,
    FINISHED,
    FAILED,
    CANCELED;

    public boolean isTerminal() {
        return this == FINISHED || this == FAILED || this == CANCELED;
    }
}
