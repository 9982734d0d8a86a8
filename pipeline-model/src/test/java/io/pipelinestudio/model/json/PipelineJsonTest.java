package io.pipelinestudio.model.json;

import static io.pipelinestudio.model.PipelineFixtures.chain;
import static io.pipelinestudio.model.PipelineFixtures.console;
import static io.pipelinestudio.model.PipelineFixtures.count;
import static io.pipelinestudio.model.PipelineFixtures.everyKind;
import static io.pipelinestudio.model.PipelineFixtures.int64;
import static io.pipelinestudio.model.PipelineFixtures.keyBy;
import static io.pipelinestudio.model.PipelineFixtures.string;
import static io.pipelinestudio.model.PipelineFixtures.windowCount;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.pipelinestudio.model.Edge;
import io.pipelinestudio.model.ParameterSpec;
import io.pipelinestudio.model.JobSettings;
import io.pipelinestudio.model.Pipeline;
import io.pipelinestudio.model.Position;
import io.pipelinestudio.model.node.AggregateFunction;
import io.pipelinestudio.model.node.Aggregation;
import io.pipelinestudio.model.node.ConsoleSinkNode;
import io.pipelinestudio.model.node.CsvSourceNode;
import io.pipelinestudio.model.node.FlatMapNode;
import io.pipelinestudio.model.node.Node;
import io.pipelinestudio.model.node.ReduceEmission;
import io.pipelinestudio.model.node.ReduceNode;
import io.pipelinestudio.model.node.TimeCharacteristic;
import io.pipelinestudio.model.node.WindowAggregateNode;
import io.pipelinestudio.model.node.WindowSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PipelineJsonTest {
    @TempDir
    Path dir;

    @Test
    void everyNodeKindSurvivesWriteThenRead() throws Exception {
        Pipeline pipeline = everyKind();
        assertThat(pipeline.nodes()).extracting(Node::kind)
                .as("the fixture has one node of every kind")
                .containsExactlyInAnyOrderElementsOf(Node.kinds().stream().map(Node::kindOf).toList());

        Pipeline read = PipelineJson.read(PipelineJson.write(pipeline));

        assertThat(read).isEqualTo(pipeline);
    }

    @Test
    void everyKindIsWrittenByteForByteAsBeforeKindsWereDescribedByDescriptors() throws Exception {
        // written by the hand-listed @JsonSubTypes version; files saved then must not change when resaved
        String expected;
        try (var in = PipelineJsonTest.class.getResourceAsStream("every-kind.json")) {
            expected = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }

        assertThat(PipelineJson.write(everyKind())).isEqualTo(expected);
        assertThat(PipelineJson.read(expected)).isEqualTo(everyKind());
    }

    @Test
    void jobSettingsAreWrittenOnlyWhenTheyDifferFromTheDefaults() throws Exception {
        Pipeline plain = windowCount();
        Pipeline checkpointed = plain.withJob(JobSettings.DEFAULTS.withCheckpoints(2_000, null, "/data/checkpoints"));

        assertThat(tree(PipelineJson.write(plain)).has("job")).isFalse();
        assertThat(tree(PipelineJson.write(plain.withJob(JobSettings.DEFAULTS))).has("job")).isFalse();
        JsonNode job = tree(PipelineJson.write(checkpointed)).get("job");
        assertThat(job.get("checkpointIntervalMs").asLong()).isEqualTo(2_000);
        assertThat(job.get("checkpointMode").textValue()).isEqualTo("exactly-once");
        assertThat(job.get("restartStrategy").textValue()).isEqualTo("none");
        assertThat(PipelineJson.read(PipelineJson.write(checkpointed))).isEqualTo(checkpointed);
        assertThat(PipelineJson.read(PipelineJson.write(checkpointed)).jobSettings().checkpointDirectory())
                .isEqualTo("/data/checkpoints");
    }

    @Test
    void theStateBackendIsWrittenOnlyWhenItIsRocksDb() throws Exception {
        Pipeline plain = windowCount();
        Pipeline rocksDb = plain.withJob(JobSettings.DEFAULTS.withStateBackend(JobSettings.StateBackend.ROCKSDB));

        assertThat(tree(PipelineJson.write(rocksDb)).get("job").get("stateBackend").textValue()).isEqualTo("rocksdb");
        assertThat(PipelineJson.read(PipelineJson.write(rocksDb))).isEqualTo(rocksDb);
        Pipeline checkpointed = plain.withJob(JobSettings.DEFAULTS.withCheckpoints(2_000, null, null));
        assertThat(tree(PipelineJson.write(checkpointed)).get("job").has("stateBackend")).isFalse();
        assertThat(PipelineJson.read(PipelineJson.write(checkpointed)).jobSettings().stateBackend())
                .isEqualTo(JobSettings.StateBackend.HASHMAP);
    }

    @Test
    void writingTheSamePipelineTwiceGivesIdenticalText() throws Exception {
        String first = PipelineJson.write(everyKind());
        String second = PipelineJson.write(everyKind());
        String rewritten = PipelineJson.write(PipelineJson.read(first));

        assertThat(second).isEqualTo(first);
        assertThat(rewritten).isEqualTo(first);
    }

    @Test
    void layoutIsWrittenInNodeIdOrderWhateverOrderItWasGivenIn() {
        Pipeline pipeline = windowCount().withLayout(Map.of(
                "out", new Position(4, 0), "src", new Position(0, 0), "win", new Position(3, 0)));

        JsonNode layout = tree(PipelineJson.write(pipeline)).get("layout");

        assertThat(layout.fieldNames()).toIterable().containsExactly("out", "src", "win");
    }

    @Test
    void writtenFileUsesTheDocumentedNames() {
        JsonNode file = tree(PipelineJson.write(everyKind()));

        assertThat(file.get("formatVersion").intValue()).isEqualTo(Pipeline.FORMAT_VERSION);
        assertThat(file.get("name").textValue()).isEqualTo("every kind");
        assertThat(file.get("parameters").get(0).get("default").textValue()).isEqualTo("data");
        JsonNode source = file.get("nodes").get(0);
        assertThat(source.get("kind").textValue()).isEqualTo("csv-source");
        assertThat(source.get("id").textValue()).isEqualTo("lines");
        assertThat(source.get("fields").get(1).get("type").textValue()).isEqualTo("timestamp");
        JsonNode window = nodeById(file, "win");
        assertThat(window.get("kind").textValue()).isEqualTo("window-aggregate");
        assertThat(window.get("window").get("type").textValue()).isEqualTo("sliding");
        assertThat(window.get("time").textValue()).isEqualTo("processing");
        assertThat(window.get("aggregations").get(0).get("function").textValue()).isEqualTo("avg");
        assertThat(nodeById(file, "time").get("watermarks").textValue()).isEqualTo("per-record");
        assertThat(nodeById(file, "totals").get("emit").textValue()).isEqualTo("every-record");
        JsonNode lateEdge = file.get("edges").get(11);
        assertThat(lateEdge.get("from").textValue()).isEqualTo("win");
        assertThat(lateEdge.get("fromPort").textValue()).isEqualTo("late");
    }

    @Test
    void writtenNodesHoldOnlyTheirSettings() {
        JsonNode file = tree(PipelineJson.write(everyKind()));

        // derived values such as displayName() or family() are not settings and must not be saved
        Set<String> nodeProperties = new TreeSet<>();
        file.get("nodes").forEach(node -> node.fieldNames().forEachRemaining(nodeProperties::add));
        assertThat(nodeProperties).doesNotContain("displayName", "family", "inputPorts", "outputPorts", "schema",
                "outputField", "topicList", "stops");
        // a generator is bounded by its count; "bounded" is a setting of the Kafka source only
        assertThat(nodeById(file, "demo").has("bounded")).isFalse();
        assertThat(nodeById(file, "orders").get("bounded").textValue()).isEqualTo("${bounded}");
        List<String> edgeProperties = new ArrayList<>();
        file.get("edges").get(0).fieldNames().forEachRemaining(edgeProperties::add);
        assertThat(edgeProperties).containsExactly("from", "fromPort", "to", "toPort");
    }

    @Test
    void handWrittenFileInTheDocumentedFormatIsRead() throws Exception {
        String text = """
                {
                  "formatVersion": 1,
                  "name": "window count",
                  "description": "counts records per key and 10 s window",
                  "parameters": [{"name": "input", "default": "events.csv", "description": "the events"}],
                  "nodes": [
                    {"id": "src", "kind": "csv-source", "label": "Events", "path": "${input}", "header": true,
                     "fields": [{"name": "key", "type": "string"}, {"name": "timestamp_ms", "type": "long"}]},
                    {"id": "byKey", "kind": "key-by", "fields": ["key"]},
                    {"id": "win", "kind": "window-aggregate",
                     "window": {"type": "tumbling", "sizeMs": 10000, "slideMs": 0, "gapMs": 0},
                     "time": "processing", "allowedLatenessMs": 0,
                     "aggregations": [{"function": "count", "as": "count"}]},
                    {"id": "print", "kind": "console-sink"}
                  ],
                  "edges": [
                    {"from": "src", "to": "byKey"},
                    {"from": "byKey", "to": "win"},
                    {"from": "win", "to": "print"}
                  ],
                  "layout": {"src": {"x": 10, "y": 20}}
                }
                """;

        Pipeline read = PipelineJson.read(text);

        Pipeline expected = new Pipeline(1, "window count", "counts records per key and 10 s window",
                List.of(new ParameterSpec("input", "events.csv", "the events")),
                List.of(new CsvSourceNode("src", "Events", "${input}", ",", true,
                                List.of(string("key"), int64("timestamp_ms"))),
                        keyBy("byKey", "key"),
                        new WindowAggregateNode("win", null, WindowSpec.tumbling(10_000),
                                TimeCharacteristic.PROCESSING, 0, List.of(count("count")), null, null),
                        console("print")),
                List.of(Edge.of("src", "byKey"), Edge.of("byKey", "win"), Edge.of("win", "print")),
                Map.of("src", new Position(10, 20)));
        assertThat(read).isEqualTo(expected);
        // omitted settings take their defaults
        WindowAggregateNode window = (WindowAggregateNode) read.node("win").orElseThrow();
        assertThat(window.windowStartField()).isEqualTo("window_start");
        assertThat(window.windowEndField()).isEqualTo("window_end");
        assertThat(((CsvSourceNode) read.node("src").orElseThrow()).delimiter()).isEqualTo(",");
        assertThat(read.edges().get(0).fromPort()).isEqualTo(Node.OUT);
        assertThat(read.edges().get(0).toPort()).isEqualTo(Node.IN);
    }

    @Test
    void handWrittenNodesMayOmitOptionalObjectSettings() throws Exception {
        String text = """
                {"formatVersion": 1, "name": "words",
                 "nodes": [
                   {"id": "split", "kind": "flat-map", "field": "line", "skipEmpty": false},
                   {"id": "counts", "kind": "reduce", "aggregations": [{"function": "sum", "field": "n"}]},
                   {"id": "print", "kind": "console-sink"}
                 ],
                 "edges": []}
                """;

        Pipeline read = PipelineJson.read(text);

        assertThat(read.nodes()).containsExactly(
                new FlatMapNode("split", null, "line", " ", null, false),
                new ReduceNode("counts", null, List.of(new Aggregation(AggregateFunction.SUM, "n", null)),
                        ReduceEmission.FINAL),
                new ConsoleSinkNode("print", null));
        assertThat(read.parameters()).isEmpty();
        assertThat(read.layout()).isEmpty();
        assertThat(read.description()).isNull();
    }

    @Test
    void writeToPathThenReadFromPathGivesTheSamePipeline() throws Exception {
        Path file = dir.resolve("every-kind.pipeline.json");

        PipelineJson.write(everyKind(), file);

        assertThat(PipelineJson.read(file)).isEqualTo(everyKind());
        assertThat(Files.readString(file)).isEqualTo(PipelineJson.write(everyKind()));
    }

    @Test
    void writeToPathReplacesAnExistingFileAndLeavesNoTemporaryFile() throws Exception {
        Path file = dir.resolve("count.pipeline.json");
        Files.writeString(file, "an older version of the file, longer than nothing");

        PipelineJson.write(windowCount(), file);

        assertThat(PipelineJson.read(file)).isEqualTo(windowCount());
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("count.pipeline.json");
        }
        assertThat(dir.resolve("count.pipeline.json.saving")).doesNotExist();
    }

    @Test
    void nodeWithOnlyDefaultsSurvivesWriteThenRead() throws Exception {
        // nulls are left out of the file and come back as the same defaults
        Pipeline minimal = chain(new CsvSourceNode("src", null, null, null, false, null), console("out"));

        assertThat(PipelineJson.read(PipelineJson.write(minimal))).isEqualTo(minimal);
    }

    private static JsonNode tree(String text) {
        try {
            return PipelineJson.mapper().readTree(text);
        } catch (Exception e) {
            throw new AssertionError("Expected the written text to be JSON but it is not: " + text, e);
        }
    }

    private static JsonNode nodeById(JsonNode file, String id) {
        for (JsonNode node : file.get("nodes")) {
            if (node.get("id").textValue().equals(id)) {
                return node;
            }
        }
        throw new AssertionError("Expected a node '" + id + "' in the file but found none");
    }
}
