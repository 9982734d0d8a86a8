package io.pipelinestudio.runtime.pace;

import java.io.Serializable;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds a run's {@link RunPace} from inside its job. Operators are serialized into the job and rebuilt in its
 * tasks, so they carry the run's id and look its pace up in a process-wide registry; a job running elsewhere
 * (a cluster, an exported jar) finds none and runs at full speed.
 */
public final class PaceHandle implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final Map<String, RunPace> PACES = new ConcurrentHashMap<>();
    private final String runId;

    public PaceHandle(String runId) {
        this.runId = runId;
    }

    public static void register(String runId, RunPace pace) {
        PACES.put(runId, pace);
    }

    public static void unregister(String runId) {
        PACES.remove(runId);
    }

    /** The run's pace, or null when the job runs outside the designer. */
    public RunPace pace() {
        return PACES.get(runId);
    }
}
