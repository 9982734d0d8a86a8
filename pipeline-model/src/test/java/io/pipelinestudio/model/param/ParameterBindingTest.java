package io.pipelinestudio.model.param;

import static io.pipelinestudio.model.PipelineFixtures.chain;
import static io.pipelinestudio.model.PipelineFixtures.csvSink;
import static io.pipelinestudio.model.PipelineFixtures.everyKind;
import static io.pipelinestudio.model.PipelineFixtures.filter;
import static io.pipelinestudio.model.PipelineFixtures.float64;
import static io.pipelinestudio.model.PipelineFixtures.string;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.pipelinestudio.model.ParameterSpec;
import io.pipelinestudio.model.Pipeline;
import io.pipelinestudio.model.node.CsvSinkNode;
import io.pipelinestudio.model.node.CsvSourceNode;
import io.pipelinestudio.model.node.FileSinkNode;
import io.pipelinestudio.model.node.FilterNode;
import io.pipelinestudio.model.node.KafkaSinkNode;
import io.pipelinestudio.model.node.KafkaSourceNode;
import io.pipelinestudio.model.node.Node;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ParameterBindingTest {
    private static final List<ParameterSpec> PARAMETERS = List.of(
            new ParameterSpec("dir", "data", "input folder"),
            new ParameterSpec("file", "sales.csv", null),
            new ParameterSpec("limit", null, "smallest amount kept"));

    /** A source reading {@code ${dir}/${file}}, a filter on {@code ${limit}} and a sink using nothing. */
    private static Pipeline sales() {
        return chain(
                new CsvSourceNode("src", null, "${dir}/${file}", ",", true, List.of(string("key"), float64("amount"))),
                filter("big", "amount > ${limit}"),
                csvSink("out"))
                .withParameters(PARAMETERS);
    }

    @Test
    void usagesListsThePlaceholdersOfEachNodeThatHasAny() {
        assertThat(ParameterBinding.usages(sales())).containsExactly(
                entry("src", Set.of("dir", "file")),
                entry("big", Set.of("limit")));
    }

    @Test
    void effectiveValuesPreferGivenValuesOverDefaultsAndOmitParametersWithNeither() {
        Map<String, String> values = ParameterBinding.effectiveValues(sales(), Map.of("file", "june.csv"));

        assertThat(values).containsExactly(entry("dir", "data"), entry("file", "june.csv"));
    }

    @Test
    void bindUsesGivenValuesOverDefaults() {
        Pipeline bound = ParameterBinding.bind(sales(), Map.of("file", "june.csv", "limit", "10.0"));

        assertThat(node(bound, "src", CsvSourceNode.class).path()).isEqualTo("data/june.csv");
        assertThat(node(bound, "big", FilterNode.class).condition()).isEqualTo("amount > 10.0");
        assertThat(ParameterBinding.usages(bound)).isEmpty();
    }

    @Test
    void bindLeavesPlaceholdersWithoutAValueAndUndeclaredOnes() {
        Pipeline pipeline = sales().withNodes(List.of(
                new CsvSourceNode("src", null, "${dir}/${file}", ",", true, List.of(string("key"))),
                filter("big", "amount > ${limit}"),
                new CsvSinkNode("out", null, "${undeclared}/out.csv", ",", true)));

        Pipeline bound = ParameterBinding.bind(pipeline, Map.of("undeclared", "ignored"));

        assertThat(node(bound, "src", CsvSourceNode.class).path()).isEqualTo("data/sales.csv");
        assertThat(node(bound, "big", FilterNode.class).condition()).isEqualTo("amount > ${limit}");
        assertThat(node(bound, "out", CsvSinkNode.class).path()).isEqualTo("${undeclared}/out.csv");
    }

    @Test
    void bindKeepsEscapedPlaceholdersAsLiterals() {
        Pipeline pipeline = chain(new CsvSinkNode("out", null, "$${dir}/${dir}", ",", true)).withParameters(PARAMETERS);

        Pipeline bound = ParameterBinding.bind(pipeline, Map.of());

        assertThat(node(bound, "out", CsvSinkNode.class).path()).isEqualTo("${dir}/data");
    }

    @Test
    void bindChangesOnlyTheStringsThatHoldPlaceholders() {
        Pipeline pipeline = everyKind();
        Map<String, String> values = Map.of("inputDir", "/in", "outputDir", "/out", "threshold", "2.5",
                "bootstrap", "kafka:9092", "bounded", "true");

        Pipeline bound = ParameterBinding.bind(pipeline, values);

        CsvSourceNode source = node(pipeline, "lines", CsvSourceNode.class);
        CsvSinkNode sink = node(pipeline, "out", CsvSinkNode.class);
        assertThat(node(bound, "lines", CsvSourceNode.class)).isEqualTo(new CsvSourceNode(source.id(),
                source.label(), "/in/log.txt", source.delimiter(), source.header(), source.fields()));
        assertThat(node(bound, "big", FilterNode.class)).isEqualTo(new FilterNode("big", "Big ones", "amount > 2.5"));
        assertThat(node(bound, "out", CsvSinkNode.class)).isEqualTo(new CsvSinkNode(sink.id(), sink.label(),
                "/out/totals.tsv", sink.delimiter(), sink.header()));
        KafkaSourceNode orders = node(pipeline, "orders", KafkaSourceNode.class);
        assertThat(node(bound, "orders", KafkaSourceNode.class)).isEqualTo(new KafkaSourceNode(orders.id(),
                orders.label(), "kafka:9092", orders.topics(), orders.groupId(), orders.startingOffsets(),
                orders.startTimestampMs(), orders.format(), orders.delimiter(), orders.fields(), orders.keyField(),
                orders.timestampField(), orders.eventTimeField(), orders.maxOutOfOrdernessMs(),
                orders.idleTimeoutMs(), "true"));
        KafkaSinkNode publish = node(pipeline, "publish", KafkaSinkNode.class);
        assertThat(node(bound, "publish", KafkaSinkNode.class)).isEqualTo(new KafkaSinkNode(publish.id(),
                publish.label(), "kafka:9092", publish.topic(), publish.format(), publish.delimiter(),
                publish.keyField(), publish.delivery()));
        assertThat(node(bound, "parts", FileSinkNode.class).directory()).isEqualTo("/out/parts");
        // every other node, with its numbers, switches, enums and lists, is exactly as it was
        for (Node node : pipeline.nodes()) {
            if (!Set.of("lines", "big", "out", "orders", "publish", "parts").contains(node.id())) {
                assertThat(bound.node(node.id())).contains(node);
            }
        }
        assertThat(bound.edges()).isEqualTo(pipeline.edges());
        assertThat(bound.parameters()).isEqualTo(pipeline.parameters());
        assertThat(bound.layout()).isEqualTo(pipeline.layout());
    }

    private static <T extends Node> T node(Pipeline pipeline, String id, Class<T> type) {
        return type.cast(pipeline.node(id).orElseThrow(
                () -> new AssertionError("Expected a node '" + id + "' but found none")));
    }
}
