package io.pipelinestudio.runtime.run;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * How a run ended: its final state, how long it took, the rejected records per node and the file that
 * keeps them (null when none were rejected), and the failure when it failed.
 */
public record RunResult(RunState state, Duration duration, Map<String, Long> rejectedByNode, Path rejectedFile,
        RunFailure failure) {
    public RunResult {
        rejectedByNode = Map.copyOf(rejectedByNode);
    }

    public long rejectedTotal() {
        return rejectedByNode.values().stream().mapToLong(Long::longValue).sum();
    }

    public boolean succeeded() {
        return state == RunState.FINISHED;
    }
}
