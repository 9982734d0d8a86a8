package io.pipelinestudio.runtime.submit;

import io.pipelinestudio.model.Pipeline;
import io.pipelinestudio.model.node.Node;
import io.pipelinestudio.runtime.compile.CompileOptions;
import io.pipelinestudio.runtime.compile.PipelineCompiler;
import io.pipelinestudio.runtime.compile.PreparedPipeline;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.flink.runtime.OperatorIDPair;
import org.apache.flink.runtime.jobgraph.JobGraph;
import org.apache.flink.runtime.jobgraph.JobVertex;
import org.apache.flink.runtime.jobgraph.OperatorID;
import org.apache.flink.streaming.api.graph.StreamGraph;
import org.apache.flink.streaming.api.graph.StreamGraphHasherV2;
import org.apache.flink.streaming.api.graph.StreamNode;

/**
 * The operators of the job a pipeline becomes, as a savepoint knows them: the id Flink restores each one's
 * state by (the hash of its uid), the node and label it belongs to, and whether it keeps state.
 */
public final class JobOperators {
    /** One operator: its id (hex), its uid, its node's id and label (null when no node is named), and whether it keeps state. */
    public record JobOperator(String id, String uid, String node, String label, boolean stateful) {}

    private final String pipeline;
    private final List<JobOperator> operators;

    public JobOperators(String pipeline, List<JobOperator> operators) {
        this.pipeline = pipeline;
        this.operators = List.copyOf(operators);
    }

    /**
     * Builds the job as a run or a cluster would, from the very job class, and lists the operators of its job
     * graph; operator ids of user-given uids do not depend on parallelism or chaining.
     */
    public static JobOperators of(PreparedPipeline prepared) {
        StreamGraph streamGraph = PipelineCompiler.compile(prepared, CompileOptions.of(1)).streamGraph();
        JobGraph jobGraph = streamGraph.getJobGraph(Thread.currentThread().getContextClassLoader(), null);
        Map<String, StreamNode> streamNodeOfId = new HashMap<>();
        for (StreamNode node : streamGraph.getStreamNodes()) {
            if (node.getTransformationUID() != null) {
                streamNodeOfId.put(new OperatorID(StreamGraphHasherV2.generateUserSpecifiedHash(
                        node.getTransformationUID())).toHexString(), node);
            }
        }
        Pipeline bound = prepared.bound();
        List<JobOperator> operators = new ArrayList<>();
        for (JobVertex vertex : jobGraph.getVerticesSortedTopologicallyFromSources()) {
            for (OperatorIDPair pair : vertex.getOperatorIDs()) {
                // Flink restores by the id set with setUidHash when there is one, else by the generated one
                String id = pair.getUserDefinedOperatorID().orElse(pair.getGeneratedOperatorID()).toHexString();
                StreamNode streamNode = streamNodeOfId.get(pair.getGeneratedOperatorID().toHexString());
                String uid = streamNode != null ? streamNode.getTransformationUID() : pair.getUserDefinedOperatorUid();
                Optional<Node> node = Optional.ofNullable(OperatorUid.nodeOf(uid)).flatMap(bound::node);
                operators.add(new JobOperator(id, uid, node.map(Node::id).orElse(null),
                        node.map(Node::displayName).orElse(null),
                        streamNode != null && StatefulOperators.keepsState(streamNode)));
            }
        }
        return new JobOperators(bound.name(), operators);
    }

    /** The name of the pipeline the job was built from. */
    public String pipeline() {
        return pipeline;
    }

    public List<JobOperator> operators() {
        return operators;
    }

    public Optional<JobOperator> byId(String id) {
        return operators.stream().filter(o -> o.id().equals(id)).findFirst();
    }
}
