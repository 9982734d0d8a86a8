package io.pipelinestudio.app.export;

import io.pipelinestudio.model.validate.ExecutionMode;
import java.util.Map;

/** What Deploy to Cluster was asked for: where, in which mode, with which parameters and parallelism. */
public record DeployRequest(String clusterAddress, ExecutionMode mode, Map<String, String> parameters,
        int parallelism) {
    public DeployRequest {
        parameters = Map.copyOf(parameters);
    }
}
