package io.pipelinestudio.runtime.compile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pipelinestudio.model.Pipeline;
import io.pipelinestudio.model.node.KeyByNode;
import io.pipelinestudio.model.node.Node;
import io.pipelinestudio.model.node.RebalanceNode;
import io.pipelinestudio.model.validate.ExecutionMode;
import io.pipelinestudio.model.validate.PipelineValidator;
import io.pipelinestudio.model.validate.ValidationReport;
import io.pipelinestudio.runtime.run.PipelineRunner;
import io.pipelinestudio.runtime.run.RunOptions;
import io.pipelinestudio.runtime.testing.EveryKindPipeline;
import io.pipelinestudio.runtime.testing.OperatorUids;
import io.pipelinestudio.runtime.testing.Prepared;
import io.pipelinestudio.runtime.testing.Runs;
import io.pipelinestudio.runtime.testing.SharedRunner;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.api.java.typeutils.runtime.kryo.KryoSerializer;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.streaming.api.graph.StreamGraph;
import org.apache.flink.streaming.api.graph.StreamNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The Flink job a pipeline compiles to: operator identities, and records that never fall back to Kryo. */
@ExtendWith(SharedRunner.class)
class CompiledJobTest {
    private static final String REJECTED_UID = "pipeline/rejected";
    private final PipelineRunner runner;
    @TempDir
    Path dir;

    CompiledJobTest(PipelineRunner runner) {
        this.runner = runner;
    }

    private static CompiledJob compile(Pipeline pipeline, ExecutionMode mode) {
        return PipelineCompiler.compile(Prepared.of(pipeline, mode), CompileOptions.of(SharedRunner.PARALLELISM));
    }

    @Test
    void theTestPipelineUsesEveryNodeKind() {
        Set<Class<?>> used = new EveryKindPipeline(dir, "kinds", true).nodes().stream()
                .map(Object::getClass).collect(Collectors.toSet());
        assertThat(used).containsExactlyInAnyOrderElementsOf(Node.kinds());
    }

    @ParameterizedTest
    @EnumSource(ExecutionMode.class)
    void everyOperatorHasAUidDerivedFromItsNodeIdAndANameFromItsNodeLabel(ExecutionMode mode) {
        Pipeline pipeline = new EveryKindPipeline(dir, "ids", true).pipeline;
        Map<String, Node> byId = pipeline.nodes().stream().collect(Collectors.toMap(Node::id, Function.identity()));
        StreamGraph graph = compile(pipeline, mode).streamGraph();

        Set<String> identifiedNodes = new HashSet<>();
        List<String> problems = new ArrayList<>();
        for (StreamNode operator : graph.getStreamNodes()) {
            String uid = operator.getTransformationUID();
            String name = operator.getOperatorName();
            if (REJECTED_UID.equals(uid)) {
                assertThat(name).contains("Rejected records");
                continue;
            }
            Optional<Node> node = uid == null ? Optional.empty()
                    : Optional.ofNullable(byId.get(OperatorUids.nodeOf(uid)));
            if (node.isEmpty()) {
                problems.add("operator '" + name + "' has the uid " + uid + ", which names no node");
                continue;
            }
            identifiedNodes.add(node.get().id());
            if (!name.contains(node.get().label())) {
                problems.add("operator '" + name + "' (uid " + uid + ") is not named after its node's label '"
                        + node.get().label() + "'");
            }
        }
        assertThat(problems).isEmpty();
        // key-by and rebalance only partition the stream between operators; every other node is an operator
        Set<String> operatorNodes = pipeline.nodes().stream()
                .filter(n -> !(n instanceof KeyByNode) && !(n instanceof RebalanceNode))
                .map(Node::id).collect(Collectors.toSet());
        assertThat(identifiedNodes).isEqualTo(operatorNodes);
        Set<String> uids = graph.getStreamNodes().stream().map(StreamNode::getTransformationUID)
                .collect(Collectors.toSet());
        assertThat(uids).hasSameSizeAs(graph.getStreamNodes());
    }

    @Test
    void compiledJobsHaveGenericTypesDisabled() {
        CompiledJob job = compile(new EveryKindPipeline(dir, "generic", true).pipeline, ExecutionMode.STREAMING);

        assertThat(job.env().getConfiguration().get(PipelineOptions.GENERIC_TYPES)).isFalse();
        assertThat(job.env().getConfig().getSerializerConfig().hasGenericTypesDisabled()).isTrue();
        // so a record type that would need Kryo fails instead of running slowly
        assertThatThrownBy(() -> TypeInformation.of(NotAPojo.class)
                .createSerializer(job.env().getConfig().getSerializerConfig()))
                .isInstanceOf(UnsupportedOperationException.class)
                .hasMessageContaining("Generic types have been disabled");
    }

    @ParameterizedTest
    @EnumSource(ExecutionMode.class)
    void noOperatorOfAJobWithEveryNodeKindSerializesWithKryo(ExecutionMode mode) {
        StreamGraph graph = compile(new EveryKindPipeline(dir, "kryo", true).pipeline, mode).streamGraph();

        List<String> kryo = new ArrayList<>();
        for (StreamNode operator : graph.getStreamNodes()) {
            List<TypeSerializer<?>> serializers = new ArrayList<>(List.of(operator.getTypeSerializersIn()));
            serializers.add(operator.getTypeSerializerOut());
            serializers.add(operator.getStateKeySerializer());
            for (TypeSerializer<?> serializer : serializers) {
                if (serializer instanceof KryoSerializer) {
                    kryo.add(operator.getOperatorName() + ": " + serializer);
                }
            }
        }
        assertThat(kryo).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(ExecutionMode.class)
    void jobsWithEveryNodeKindRunWithGenericTypesDisabled(ExecutionMode mode) {
        EveryKindPipeline every = new EveryKindPipeline(dir, mode.name(), true);
        assertThat(compile(every.pipeline, mode).env().getConfig().getSerializerConfig().hasGenericTypesDisabled())
                .isTrue();
        PrintStream stdout = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            Runs.finished(runner, every.pipeline, RunOptions.of(mode).withRejectedPath(dir.resolve("rejected.tsv")));
        } finally {
            System.setOut(stdout);
        }
        assertThat(every.windows).isNotEmptyFile();
        assertThat(every.totals).isNotEmptyFile();
        assertThat(every.generated).isNotEmptyFile();
        assertThat(every.progress).isNotEmptyFile();
        assertThat(every.predictions).isNotEmptyFile();
        assertThat(printed.toString(StandardCharsets.UTF_8)).isNotEmpty();
    }

    /** A type Flink can only serialize with Kryo. */
    static final class NotAPojo {
        private final List<String> values;

        NotAPojo(List<String> values) {
            this.values = values;
        }

        List<String> values() {
            return values;
        }
    }
}
