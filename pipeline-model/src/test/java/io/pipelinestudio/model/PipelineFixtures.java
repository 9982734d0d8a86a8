package io.pipelinestudio.model;

import io.pipelinestudio.model.node.AggregateFunction;
import io.pipelinestudio.model.node.DeliveryGuarantee;
import io.pipelinestudio.model.node.FileSinkNode;
import io.pipelinestudio.model.node.KafkaSinkNode;
import io.pipelinestudio.model.node.KafkaSourceNode;
import io.pipelinestudio.model.node.MessageFormat;
import io.pipelinestudio.model.node.StartingOffsets;
import io.pipelinestudio.model.node.Aggregation;
import io.pipelinestudio.model.node.ComputedField;
import io.pipelinestudio.model.node.ChartSinkNode;
import io.pipelinestudio.model.node.ChartStyle;
import io.pipelinestudio.model.node.ConsoleSinkNode;
import io.pipelinestudio.model.node.CsvSinkNode;
import io.pipelinestudio.model.node.CsvSourceNode;
import io.pipelinestudio.model.node.EventTimeNode;
import io.pipelinestudio.model.node.FilterNode;
import io.pipelinestudio.model.node.FlatMapNode;
import io.pipelinestudio.model.node.GeneratorSourceNode;
import io.pipelinestudio.model.node.KeyByNode;
import io.pipelinestudio.model.node.MapNode;
import io.pipelinestudio.model.node.ModelKind;
import io.pipelinestudio.model.node.Node;
import io.pipelinestudio.model.node.ParseNode;
import io.pipelinestudio.model.node.PredictNode;
import io.pipelinestudio.model.node.ProjectNode;
import io.pipelinestudio.model.node.ProjectedField;
import io.pipelinestudio.model.node.RebalanceNode;
import io.pipelinestudio.model.node.ReduceEmission;
import io.pipelinestudio.model.node.ReduceNode;
import io.pipelinestudio.model.node.TimeCharacteristic;
import io.pipelinestudio.model.node.TrainNode;
import io.pipelinestudio.model.node.WatermarkEmission;
import io.pipelinestudio.model.node.WindowAggregateNode;
import io.pipelinestudio.model.node.WindowSpec;
import io.pipelinestudio.model.schema.Field;
import io.pipelinestudio.model.schema.FieldType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Small builders for the pipelines, nodes and fields the model tests use. */
public final class PipelineFixtures {
    private PipelineFixtures() {}

    // fields

    public static Field string(String name) {
        return new Field(name, FieldType.STRING);
    }

    public static Field int64(String name) {
        return new Field(name, FieldType.LONG);
    }

    public static Field float64(String name) {
        return new Field(name, FieldType.DOUBLE);
    }

    public static Field bool(String name) {
        return new Field(name, FieldType.BOOLEAN);
    }

    public static Field timestamp(String name) {
        return new Field(name, FieldType.TIMESTAMP);
    }

    // nodes, with the usual settings; tests that care about a setting build the record themselves

    public static CsvSourceNode csvSource(String id, Field... fields) {
        return new CsvSourceNode(id, null, "in.csv", ",", false, List.of(fields));
    }

    /** A CSV source of sales events: key, timestamp_ms, amount, note, created. */
    public static CsvSourceNode events(String id) {
        return csvSource(id, string("key"), int64("timestamp_ms"), float64("amount"), string("note"),
                timestamp("created"));
    }

    public static GeneratorSourceNode generator(String id, Long count) {
        return new GeneratorSourceNode(id, null, count, 0, 3, 0, 1000, 0, 1);
    }

    public static KeyByNode keyBy(String id, String... fields) {
        return new KeyByNode(id, null, List.of(fields));
    }

    public static EventTimeNode eventTime(String id, String field) {
        return new EventTimeNode(id, null, field, 0, 0, WatermarkEmission.PER_RECORD);
    }

    public static FilterNode filter(String id, String condition) {
        return new FilterNode(id, null, condition);
    }

    public static MapNode map(String id, ComputedField... fields) {
        return new MapNode(id, null, List.of(fields));
    }

    public static ComputedField computed(String name, String expression) {
        return new ComputedField(name, expression);
    }

    public static ProjectNode project(String id, ProjectedField... fields) {
        return new ProjectNode(id, null, List.of(fields));
    }

    public static ProjectedField keep(String field) {
        return new ProjectedField(field, null);
    }

    public static ProjectedField rename(String field, String as) {
        return new ProjectedField(field, as);
    }

    public static ReduceNode reduce(String id, Aggregation... aggregations) {
        return new ReduceNode(id, null, List.of(aggregations), ReduceEmission.FINAL);
    }

    public static WindowAggregateNode window(String id, WindowSpec spec, Aggregation... aggregations) {
        return new WindowAggregateNode(id, null, spec, TimeCharacteristic.EVENT, 0, List.of(aggregations),
                null, null);
    }

    public static Aggregation count(String as) {
        return new Aggregation(AggregateFunction.COUNT, null, as);
    }

    public static Aggregation aggregate(AggregateFunction function, String field) {
        return new Aggregation(function, field, null);
    }

    public static CsvSinkNode csvSink(String id) {
        return new CsvSinkNode(id, null, "out.csv", ",", true);
    }

    public static ConsoleSinkNode console(String id) {
        return new ConsoleSinkNode(id, null);
    }

    // pipelines

    public static Pipeline pipeline(List<Node> nodes, List<Edge> edges) {
        return Pipeline.of("test", nodes, edges);
    }

    /** The nodes connected one after the other, each node's {@code out} to the next one's {@code in}. */
    public static Pipeline chain(Node... nodes) {
        List<Edge> edges = new ArrayList<>();
        for (int i = 1; i < nodes.length; i++) {
            edges.add(Edge.of(nodes[i - 1].id(), nodes[i].id()));
        }
        return pipeline(List.of(nodes), edges);
    }

    /** A pipeline with the given extra edges added. */
    public static Pipeline plus(Pipeline pipeline, Edge... edges) {
        List<Edge> all = new ArrayList<>(pipeline.edges());
        all.addAll(List.of(edges));
        return pipeline.withEdges(all);
    }

    /**
     * The windowed count of the seed article: csv-source (key, timestamp_ms) → event-time → key-by(key) →
     * tumbling 10 s window counting records → csv-sink.
     */
    public static Pipeline windowCount() {
        return chain(
                csvSource("src", string("key"), int64("timestamp_ms")),
                new EventTimeNode("time", null, "timestamp_ms", 5000, 0, WatermarkEmission.PERIODIC),
                keyBy("byKey", "key"),
                new WindowAggregateNode("win", null, WindowSpec.tumbling(10_000), TimeCharacteristic.EVENT, 0,
                        List.of(count("count")), "window_start_ms", "window_end_ms"),
                csvSink("out"));
    }

    /**
     * One node of every kind, every setting away from its default, with labels, parameters, a layout and
     * an edge from a window's {@code late} port.
     */
    public static Pipeline everyKind() {
        List<Node> nodes = List.of(
                new CsvSourceNode("lines", "Log lines", "${inputDir}/log.txt", ";", true,
                        List.of(string("line"), timestamp("at"))),
                new GeneratorSourceNode("demo", "Demo events", 5_000L, 250.5, 7, 1_700_000_000_000L, 100, 40, 42),
                new KafkaSourceNode("orders", "Orders", "${bootstrap}", "orders, returns", "studio",
                        StartingOffsets.TIMESTAMP, 1_700_000_000_000L, MessageFormat.JSON, null,
                        List.of(string("sku"), int64("qty")), "key", "kafka_ts", "kafka_ts", 5_000, 60_000,
                        "${bounded}"),
                new ParseNode("parse", "Split line", "line", "|",
                        List.of(string("user"), float64("amount"), bool("flagged"), int64("n"))),
                new EventTimeNode("time", "Event time", "at", 2_000, 30_000, WatermarkEmission.PER_RECORD),
                new ProjectNode("keep", "Keep some", List.of(rename("user", "who"), keep("amount"), keep("at"))),
                new FilterNode("big", "Big ones", "amount > ${threshold}"),
                new MapNode("twice", "Doubled", List.of(computed("amount", "amount * 2.0"),
                        computed("shout", "who + \"!\""))),
                new FlatMapNode("chars", "Characters", "who", "-", "part", true),
                new RebalanceNode("spread", "Spread out"),
                new KeyByNode("byWho", "By person", List.of("part", "shout")),
                new ReduceNode("totals", "Running totals",
                        List.of(count("n"), aggregate(AggregateFunction.SUM, "amount"),
                                new Aggregation(AggregateFunction.MAX, "amount", "peak")),
                        ReduceEmission.EVERY_RECORD),
                new WindowAggregateNode("win", "Sliding windows", WindowSpec.sliding(60_000, 10_000),
                        TimeCharacteristic.PROCESSING, 1_500,
                        List.of(new Aggregation(AggregateFunction.AVG, "value", "mean"),
                                aggregate(AggregateFunction.MIN, "id")),
                        "from_ms", "to_ms"),
                new TrainNode("fit", "Fit", ModelKind.LOGISTIC_REGRESSION, List.of("amount"), "n", 0.05, 0.001, true,
                        300, 1e-9, 64, 3, "models/fit.json"),
                new PredictNode("score", "Score", ModelKind.LOGISTIC_REGRESSION, List.of("amount"), null),
                new CsvSinkNode("out", "Results", "${outputDir}/totals.tsv", "\t", true),
                new FileSinkNode("parts", "Parts", "${outputDir}/parts", MessageFormat.JSON, null, 60_000, 1 << 20),
                new KafkaSinkNode("publish", "Publish", "${bootstrap}", "totals", MessageFormat.CSV, ";", "who",
                        DeliveryGuarantee.EXACTLY_ONCE),
                new ConsoleSinkNode("late", "Late records"),
                new ChartSinkNode("chart", "Means", ChartStyle.LATEST_BARS, "to_ms", null, "mean", 5));
        List<Edge> edges = List.of(
                Edge.of("lines", "parse"),
                Edge.of("parse", "time"),
                Edge.of("time", "keep"),
                Edge.of("keep", "big"),
                Edge.of("big", "twice"),
                Edge.of("twice", "chars"),
                Edge.of("chars", "spread"),
                Edge.of("spread", "byWho"),
                Edge.of("byWho", "totals"),
                Edge.of("totals", "out"),
                Edge.of("demo", "win"),
                new Edge("win", WindowAggregateNode.LATE, "late", Node.IN),
                Edge.of("twice", "fit"),
                Edge.of("twice", "score"),
                new Edge("fit", Node.OUT, "score", PredictNode.MODEL),
                Edge.of("win", "chart"),
                Edge.of("totals", "publish"),
                Edge.of("demo", "parts"));
        List<ParameterSpec> parameters = List.of(
                new ParameterSpec("inputDir", "data", "where the log files are"),
                new ParameterSpec("outputDir", "/tmp/out", "where results go"),
                new ParameterSpec("threshold", null, "the smallest amount kept"),
                new ParameterSpec("bootstrap", "127.0.0.1:9092", "the Kafka brokers"),
                new ParameterSpec("bounded", "false", "whether the Kafka read stops"));
        Map<String, Position> layout = Map.of(
                "lines", new Position(10, 20.5),
                "demo", new Position(10, 300),
                "win", new Position(-40.25, 310),
                "out", new Position(900, 20));
        JobSettings job = JobSettings.DEFAULTS.withCheckpoints(1_000, JobSettings.CheckpointMode.AT_LEAST_ONCE,
                "/tmp/checkpoints").withRestarts(JobSettings.RestartStrategy.EXPONENTIAL_DELAY, 5, 500, 8_000);
        return new Pipeline(Pipeline.FORMAT_VERSION, "every kind", "one node of each kind", parameters, nodes,
                edges, layout, job);
    }
}
