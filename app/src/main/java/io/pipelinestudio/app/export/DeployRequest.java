package io.pipelinestudio.app.export;

import io.pipelinestudio.model.validate.ExecutionMode;
import java.util.Map;

/**
 * What Deploy to Cluster was asked for: where, in which mode, with which parameters and parallelism, and the
 * savepoint to start from (null: none) with whether state no node takes may be dropped.
 */
public record DeployRequest(String clusterAddress, ExecutionMode mode, Map<String, String> parameters,
        int parallelism, String savepoint, boolean allowNonRestoredState) {
    public DeployRequest {
        parameters = Map.copyOf(parameters);
        savepoint = savepoint == null || savepoint.isBlank() ? null : savepoint.strip();
        allowNonRestoredState = savepoint != null && allowNonRestoredState;
    }
}
