package io.pipelinestudio.model.node;

import static org.assertj.core.api.Assertions.assertThat;

import io.pipelinestudio.model.PipelineFixtures;
import io.pipelinestudio.model.validate.ExecutionMode;
import java.util.List;
import org.junit.jupiter.api.Test;

class NodeCapabilitiesTest {
    private static final List<Node> EVERY_KIND = PipelineFixtures.everyKind().nodes();

    @Test
    void filesReadAreTheCsvSourcesPathAndAPredictorsModelFile() {
        PredictNode fromFile = new PredictNode("p", null, null, List.of("x"), "models/m.json");
        PredictNode fromPort = new PredictNode("p", null, null, List.of("x"), " ");

        assertThat(EVERY_KIND).filteredOn(node -> !node.filesRead().isEmpty()).extracting(Node::id)
                .containsExactly("lines");
        assertThat(node("lines").filesRead()).containsExactly("${inputDir}/log.txt");
        assertThat(fromFile.filesRead()).containsExactly("models/m.json");
        assertThat(fromPort.filesRead()).isEmpty();
        assertThat(new CsvSourceNode("src", null, null, null, false, null).filesRead()).isEmpty();
    }

    @Test
    void filesWrittenAreTheFileSinksPathsAndATrainersModelFile() {
        TrainNode withoutModelFile = new TrainNode("t", null, null, List.of("x"), "y", 0.1, 0, false, 1, 0, 1, 1, null);

        assertThat(EVERY_KIND).filteredOn(node -> !node.filesWritten().isEmpty()).extracting(Node::id)
                .containsExactly("fit", "out", "parts");
        assertThat(node("parts").filesWritten()).containsExactly("${outputDir}/parts");
        assertThat(node("out").filesWritten()).containsExactly("${outputDir}/totals.tsv");
        assertThat(node("fit").filesWritten()).containsExactly("models/fit.json");
        assertThat(withoutModelFile.filesWritten()).isEmpty();
    }

    @Test
    void windowResultsAndChartSinksAreChartableAndNothingElse() {
        assertThat(EVERY_KIND).filteredOn(node -> !node.chartableOutputs().isEmpty()).extracting(Node::id)
                .containsExactly("win", "chart");
        assertThat(node("win").chartableOutputs()).containsExactly(new ChartableOutput(Node.OUT, "to_ms", null,
                List.of("mean", "min_id"), ChartStyle.TIME_SERIES, ChartSinkNode.DEFAULT_TOP_SERIES));
        assertThat(node("win").chartableOutputs().get(0).seriesByInputKey()).isTrue();
        assertThat(node("chart").chartableOutputs()).containsExactly(new ChartableOutput(Node.IN, "to_ms", List.of(),
                List.of("mean"), ChartStyle.LATEST_BARS, 5));
        assertThat(new ChartSinkNode("c", null, null, "t", "key", "count", 0).chartableOutputs().get(0).seriesFields())
                .containsExactly("key");
    }

    @Test
    void onlyUnboundedSourcesRefuseBatchMode() {
        GeneratorSourceNode unbounded = new GeneratorSourceNode("g", null, null, 0, 1, 0, 1, 0, 1);
        KafkaSourceNode kafka = (KafkaSourceNode) node("orders");

        assertThat(unbounded.supportedModes()).containsExactly(ExecutionMode.STREAMING);
        // "${bounded}" is unbound here, so the read is taken as unbounded until a value says otherwise
        assertThat(kafka.supportedModes()).containsExactly(ExecutionMode.STREAMING);
        assertThat(new KafkaSourceNode("k", null, "b:9092", "t", null, null, null, null, null, List.of(), null, null,
                null, 0, 0, "true").supportedModes()).containsExactlyInAnyOrder(ExecutionMode.values());
        assertThat(EVERY_KIND).filteredOn(node -> node != kafka).allSatisfy(node -> assertThat(node.supportedModes())
                .containsExactlyInAnyOrder(ExecutionMode.values()));
    }

    private static Node node(String id) {
        return EVERY_KIND.stream().filter(n -> n.id().equals(id)).findFirst().orElseThrow();
    }
}
