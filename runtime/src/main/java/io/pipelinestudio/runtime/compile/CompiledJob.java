package io.pipelinestudio.runtime.compile;

import java.nio.file.Path;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.graph.StreamGraph;

/**
 * A pipeline translated into a Flink job: the environment holding its transformations, and the file
 * rejected records go to (null when no node can reject).
 */
public record CompiledJob(String name, StreamExecutionEnvironment env, Path rejectedFile) {
    public StreamGraph streamGraph() {
        StreamGraph graph = env.getStreamGraph();
        graph.setJobName(name);
        return graph;
    }
}
