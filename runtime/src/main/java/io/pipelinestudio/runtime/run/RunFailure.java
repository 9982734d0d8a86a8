package io.pipelinestudio.runtime.run;

/**
 * Why a run failed: the node at fault when known (else null), the root cause in words, and the full
 * stack trace for those who ask for it.
 */
public record RunFailure(String nodeId, String message, String stackTrace) {
    @Override
    public String toString() {
        return nodeId == null ? message : nodeId + ": " + message;
    }
}
