package io.pipelinestudio.runtime.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.pipelinestudio.model.Pipeline;
import io.pipelinestudio.model.json.PipelineJson;
import io.pipelinestudio.model.node.Node;
import io.pipelinestudio.model.validate.ExecutionMode;
import io.pipelinestudio.model.validate.PipelineValidator;
import io.pipelinestudio.model.validate.ValidationReport;
import io.pipelinestudio.runtime.compile.CompileOptions;
import io.pipelinestudio.runtime.compile.PipelineCompiler;
import io.pipelinestudio.runtime.compile.PreparedPipeline;
import io.pipelinestudio.runtime.testing.EveryKindPipeline;
import io.pipelinestudio.runtime.testing.OperatorUids;
import io.pipelinestudio.runtime.testing.Prepared;
import io.pipelinestudio.runtime.testing.TestFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.streaming.api.graph.StreamGraph;
import org.apache.flink.streaming.api.graph.StreamNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Savepoint safety: every operator of a compiled job, the rejected-records sink and the late-record maps
 * included, has a uid derived from its node's id and a name from the node's label, so a job exported
 * again after an edit finds its old state.
 */
class OperatorIdentityTest {
    @TempDir
    Path dir;

    @Test
    void everyOperatorOfEveryKindHasAStableUidAndReadableName() {
        Pipeline pipeline = new EveryKindPipeline(dir, "ids").pipeline;
        for (ExecutionMode mode : ExecutionMode.values()) {
            StreamGraph graph = compile(pipeline, mode, Map.of());
            Map<String, String> uidToName = identities(graph);

            assertThat(graph.getStreamNodes()).allSatisfy(node -> assertThat(node.getTransformationUID())
                    .as("uid of operator '%s' in %s", node.getOperatorName(), mode).isNotNull());
            assertThat(uidToName).hasSameSizeAs(graph.getStreamNodes());
            for (Map.Entry<String, String> operator : uidToName.entrySet()) {
                String uid = operator.getKey();
                if (uid.equals("pipeline/rejected")) {
                    assertThat(operator.getValue()).startsWith("Rejected records");
                    continue;
                }
                String nodeId = OperatorUids.nodeOf(uid);
                Node node = pipeline.node(nodeId).orElseThrow(
                        () -> new AssertionError("uid " + uid + " names no node of the pipeline"));
                assertThat(operator.getValue()).as("name of %s", uid).startsWith(node.displayName());
            }
        }
    }

    @Test
    void windowCountOperatorsAreNamedAndIdentifiedAsExpected() {
        Pipeline pipeline = readExample("window-count.json");
        StreamGraph graph = compile(pipeline, ExecutionMode.STREAMING, Map.of("output", dir.resolve("o.csv").toString()));

        // written out by hand: the uids a savepoint of this job is keyed by must never change by accident
        assertThat(identities(graph).keySet()).containsExactlyInAnyOrder("events/read", "events", "event-time/range",
                "event-time", "count/pre-aggregate", "count", "count/late-records", "count/late", "counts",
                "pipeline/rejected");
        assertThat(identities(graph)).containsEntry("count", "Count per 10 s").containsEntry("count/late",
                "Count per 10 s (late)").containsEntry("events/read", "Events (read)")
                .containsEntry("count/pre-aggregate", "Count per 10 s (pre-aggregate)");
    }

    @Test
    void uidsDoNotDependOnModeOrParallelism() {
        Pipeline pipeline = new EveryKindPipeline(dir, "stable").pipeline;
        PreparedPipeline prepared = Prepared.of(pipeline, ExecutionMode.STREAMING);
        StreamGraph one = PipelineCompiler.compile(prepared, CompileOptions.of(1)).streamGraph();
        StreamGraph four = PipelineCompiler.compile(prepared, CompileOptions.of(4)).streamGraph();

        assertThat(identities(four)).isEqualTo(identities(one));
    }

    /** Each operator's uid and name, without the words Flink adds to sources' and sinks' names. */
    static Map<String, String> identities(StreamGraph graph) {
        Map<String, String> identities = new HashMap<>();
        List<String> duplicates = new ArrayList<>();
        for (StreamNode node : graph.getStreamNodes()) {
            String name = node.getOperatorName().replaceFirst("^Source: ", "").replaceFirst(": Writer$", "");
            if (identities.put(node.getTransformationUID(), name) != null) {
                duplicates.add(node.getTransformationUID());
            }
        }
        assertThat(duplicates).as("uids used twice").isEmpty();
        return identities;
    }

    private StreamGraph compile(Pipeline pipeline, ExecutionMode mode, Map<String, String> parameters) {
        return PipelineCompiler.compile(Prepared.of(pipeline, mode, parameters), CompileOptions.of(2)).streamGraph();
    }

    static String readExamplePath(String name) {
        return TestFiles.repositoryRoot().resolve("assets/examples").resolve(name).toString();
    }

    static Pipeline readExample(String name) {
        try {
            return PipelineJson.read(TestFiles.repositoryRoot().resolve("assets/examples").resolve(name));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
