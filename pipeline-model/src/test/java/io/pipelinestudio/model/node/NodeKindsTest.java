package io.pipelinestudio.model.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pipelinestudio.model.Edge;
import io.pipelinestudio.model.json.PipelineJson;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class NodeKindsTest {
    @Test
    void kindsListsEveryNodeRecordOnceAndJsonKnowsThemAll() throws Exception {
        List<Class<?>> permitted = records(Node.class);

        assertThat(List.<Class<?>>copyOf(Node.kinds())).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(permitted);
        for (Class<? extends Node> kind : Node.kinds()) {
            String json = "{\"kind\": \"" + Node.kindOf(kind) + "\", \"id\": \"n\"}";
            assertThat(PipelineJson.mapper().readValue(json, Node.class)).as("a %s read from JSON", kind)
                    .isInstanceOf(kind);
        }
    }

    /** The node records under a sealed type, through sealed sub-interfaces such as {@link SinkNode}. */
    private static List<Class<?>> records(Class<?> sealed) {
        return Arrays.stream(sealed.getPermittedSubclasses())
                .flatMap(type -> type.isInterface() ? records(type).stream() : Stream.of(type))
                .toList();
    }

    @Test
    void everyKindHasItsOwnJsonName() {
        assertThat(Node.kinds()).extracting(Node::kindOf).doesNotHaveDuplicates().containsExactly(
                "csv-source", "generator", "kafka-source", "key-by", "rebalance", "event-time", "parse", "project", "filter", "map",
                "flat-map", "reduce", "window-aggregate", "train", "predict", "csv-sink", "file-sink", "kafka-sink", "console-sink",
                "chart-sink");
    }

    @Test
    void nodeWithoutIdIsRefused() {
        assertThatThrownBy(() -> new RebalanceNode(" ", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a node needs a non-empty id");
    }

    @Test
    void unsetSettingsTakeTheirDefaults() {
        assertThat(new CsvSourceNode("src", null, "in.csv", null, false, null).delimiter()).isEqualTo(",");
        assertThat(new CsvSourceNode("src", null, "in.csv", null, false, null).fields()).isEmpty();
        assertThat(new FlatMapNode("words", null, "line", null, null, false).separator()).isEqualTo(" ");
        assertThat(new ReduceNode("r", null, null, null).emit()).isEqualTo(ReduceEmission.FINAL);
        assertThat(new EventTimeNode("t", null, "ts", 0, 0, null).watermarks()).isEqualTo(WatermarkEmission.PERIODIC);
        WindowAggregateNode window = new WindowAggregateNode("w", null, WindowSpec.tumbling(1), null, 0, null, null,
                null);
        assertThat(window.time()).isEqualTo(TimeCharacteristic.EVENT);
        assertThat(window.windowStartField()).isEqualTo("window_start");
        assertThat(window.windowEndField()).isEqualTo("window_end");
    }

    @Test
    void displayNameIsTheLabelOrElseTheId() {
        assertThat(new RebalanceNode("spread", "Spread out").displayName()).isEqualTo("Spread out");
        assertThat(new RebalanceNode("spread", " ").displayName()).isEqualTo("spread");
    }

    @Test
    void onlyWindowAggregateHasALatePortAndSourcesAndSinksHaveOneSideOnly() {
        assertThat(new WindowAggregateNode("w", null, WindowSpec.tumbling(1), null, 0, null, null, null)
                .outputPorts()).containsExactly(Node.OUT, WindowAggregateNode.LATE);
        assertThat(new RebalanceNode("r", null).outputPorts()).containsExactly(Node.OUT);
        assertThat(new CsvSourceNode("src", null, "in.csv", null, false, null).inputPorts()).isEmpty();
        assertThat(new ConsoleSinkNode("print", null).outputPorts()).isEmpty();
    }

    @Test
    void edgeIdNamesPortsOnlyWhenTheyAreNotTheDefaultOnes() {
        assertThat(Edge.of("a", "b").id()).isEqualTo("a->b");
        assertThat(new Edge("win", WindowAggregateNode.LATE, "late", null).id()).isEqualTo("win.late->late");
    }

    @Test
    void aggregationOutputNameDefaultsToTheFunctionAndField() {
        assertThat(new Aggregation(AggregateFunction.COUNT, null, null).outputName()).isEqualTo("count");
        assertThat(new Aggregation(AggregateFunction.AVG, "price", null).outputName()).isEqualTo("avg_price");
        assertThat(new Aggregation(AggregateFunction.AVG, "price", "mean").outputName()).isEqualTo("mean");
    }
}
