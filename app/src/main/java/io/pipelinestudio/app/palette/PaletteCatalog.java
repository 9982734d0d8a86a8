package io.pipelinestudio.app.palette;

import io.pipelinestudio.model.node.AggregateFunction;
import io.pipelinestudio.model.node.Aggregation;
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
import io.pipelinestudio.model.json.PipelineJson;
import io.pipelinestudio.model.node.MapNode;
import io.pipelinestudio.model.node.ModelKind;
import io.pipelinestudio.model.node.Node;
import io.pipelinestudio.model.node.NodeFamily;
import io.pipelinestudio.model.node.ParseNode;
import io.pipelinestudio.model.node.PredictNode;
import io.pipelinestudio.model.node.ProjectNode;
import io.pipelinestudio.model.node.RebalanceNode;
import io.pipelinestudio.model.node.TrainNode;
import io.pipelinestudio.model.node.ReduceNode;
import io.pipelinestudio.model.node.WindowAggregateNode;
import io.pipelinestudio.model.node.WindowSpec;
import io.pipelinestudio.model.node.WindowType;
import io.pipelinestudio.model.schema.Field;
import io.pipelinestudio.model.schema.FieldType;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every node kind the designer offers, in palette order; one line per kind. */
public final class PaletteCatalog {
    private static final Map<String, PaletteEntry> ENTRIES = new LinkedHashMap<>();

    static {
        add("csv-source", "CSV file", NodeFamily.SOURCE, "Reads typed records from a delimited text file",
                id -> new CsvSourceNode(id, null, "input.csv", ",", true,
                        List.of(new Field("line", FieldType.STRING))),
                CsvSourceNode.class, n -> fileName(n.path()) + " \u00b7 " + n.fields().size() + " fields");
        add("generator", "Generator", NodeFamily.SOURCE, "Generates demo records (id, key, timestamp, value)",
                id -> new GeneratorSourceNode(id, null, 1000L, 0, 4, 0, 1000, 0, 42),
                GeneratorSourceNode.class, n -> (n.count() == null ? "unbounded" : n.count() + " records")
                        + " \u00b7 " + n.keys() + " keys");
        add("key-by", "Key by", NodeFamily.PARTITION, "Partitions records by the values of fields",
                id -> new KeyByNode(id, null, List.of("key")),
                KeyByNode.class, n -> "by " + String.join(", ", n.fields()));
        add("rebalance", "Rebalance", NodeFamily.PARTITION, "Spreads records round-robin",
                id -> new RebalanceNode(id, null), RebalanceNode.class, n -> "round-robin");
        add("event-time", "Event time", NodeFamily.PROCESS, "Assigns event time and watermarks from a field",
                id -> new EventTimeNode(id, null, "timestamp", 1000, 0, null),
                EventTimeNode.class, n -> n.field() + " \u00b7 \u2264 " + n.maxOutOfOrdernessMs() + " ms disorder");
        add("parse", "Parse", NodeFamily.PROCESS, "Parses a delimited text field into typed fields",
                id -> new ParseNode(id, null, "line", ",", List.of(new Field("value", FieldType.STRING))),
                ParseNode.class, n -> n.field() + " \u2192 " + n.fields().size() + " fields");
        add("project", "Project", NodeFamily.PROCESS, "Keeps, orders and renames fields",
                id -> new ProjectNode(id, null, List.of()),
                ProjectNode.class, n -> n.fields().stream().map(f -> f.outputName()).collect(Collectors.joining(", ")));
        add("filter", "Filter", NodeFamily.PROCESS, "Keeps records for which a condition holds",
                id -> new FilterNode(id, null, "true"), FilterNode.class, n -> Optional.ofNullable(n.condition()).orElse(""));
        add("map", "Map", NodeFamily.PROCESS, "Computes fields from expressions",
                id -> new MapNode(id, null, List.of()),
                MapNode.class, n -> n.fields().stream().map(f -> f.name()).collect(Collectors.joining(", ")));
        add("flat-map", "Flat map", NodeFamily.PROCESS, "Splits a text field into one record per part",
                id -> new FlatMapNode(id, null, "line", " ", "word", true),
                FlatMapNode.class, n -> "split " + n.field() + " \u2192 " + n.outputField());
        add("reduce", "Reduce", NodeFamily.AGGREGATE, "Aggregates all records of each key",
                id -> new ReduceNode(id, null, List.of(new Aggregation(AggregateFunction.COUNT, null, null)), null),
                ReduceNode.class, n -> aggregations(n.aggregations()));
        add("window-aggregate", "Window", NodeFamily.AGGREGATE, "Aggregates each key per time window",
                id -> new WindowAggregateNode(id, null, WindowSpec.tumbling(60_000), null, 0,
                        List.of(new Aggregation(AggregateFunction.COUNT, null, null)), null, null),
                WindowAggregateNode.class, n -> window(n.window()) + " \u00b7 " + aggregations(n.aggregations()));
        add("train", "Train", NodeFamily.TRAIN, "Fits a linear or logistic regression by gradient descent",
                id -> new TrainNode(id, null, ModelKind.LINEAR_REGRESSION, List.of(), "label", 0.01, 0, true, 100,
                        1e-6, 32, 1, null),
                TrainNode.class, n -> jsonName(n.model()) + " \u00b7 " + n.features().size() + " features");
        add("predict", "Predict", NodeFamily.TRAIN, "Applies a trained model to records",
                id -> new PredictNode(id, null, ModelKind.LINEAR_REGRESSION, List.of(), null),
                PredictNode.class, n -> jsonName(n.model()) + (n.fromFile() ? " \u00b7 from file" : ""));
        add("csv-sink", "CSV file", NodeFamily.SINK, "Writes records to a delimited text file",
                id -> new CsvSinkNode(id, null, "output.csv", ",", true), CsvSinkNode.class, n -> fileName(n.path()));
        add("console-sink", "Console", NodeFamily.SINK, "Prints records on standard output",
                id -> new ConsoleSinkNode(id, null), ConsoleSinkNode.class, n -> "stdout");
        add("chart-sink", "Chart", NodeFamily.SINK, "Draws records as a live chart while the pipeline runs",
                id -> new ChartSinkNode(id, null, ChartStyle.TIME_SERIES, "window_end", "key", "count", 0),
                ChartSinkNode.class, n -> (n.style() == ChartStyle.LATEST_BARS ? "latest bars of " : "")
                        + n.valueField() + (n.seriesField() == null || n.seriesField().isBlank() ? ""
                        : " per " + n.seriesField()));
    }

    private static final List<PaletteEntry> ORDERED = ordered();

    private PaletteCatalog() {}

    /** Every kind of the model in its palette order; a kind without a catalogue line gets a generic one. */
    private static List<PaletteEntry> ordered() {
        List<PaletteEntry> result = new java.util.ArrayList<>();
        for (Class<? extends Node> type : Node.kinds()) {
            String kind = Node.kindOf(type);
            result.add(ENTRIES.computeIfAbsent(kind, PaletteCatalog::generic));
        }
        return List.copyOf(result);
    }

    private static PaletteEntry generic(String kind) {
        Function<String, Node> factory = id -> {
            try {
                return PipelineJson.mapper().treeToValue(
                        PipelineJson.mapper().createObjectNode().put("kind", kind).put("id", id), Node.class);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException("Expected a " + kind + " node to be creatable from its id alone", e);
            }
        };
        String label = Character.toUpperCase(kind.charAt(0)) + kind.substring(1).replace('-', ' ');
        return new PaletteEntry(kind, label, factory.apply("probe").family(), label, factory, n -> "");
    }

    public static List<PaletteEntry> entries() {
        return ORDERED;
    }

    public static PaletteEntry entry(String kind) {
        PaletteEntry entry = ORDERED.stream().filter(e -> e.kind().equals(kind)).findFirst().orElse(null);
        if (entry == null) {
            throw new IllegalArgumentException("Expected a known node kind but found '" + kind + "'");
        }
        return entry;
    }

    public static List<PaletteEntry> family(NodeFamily family) {
        return ORDERED.stream().filter(e -> e.family() == family).toList();
    }

    @SuppressWarnings("unchecked")
    private static <T extends Node> void add(String kind, String label, NodeFamily family, String help,
            Function<String, Node> factory, Class<T> type, Function<T, String> summary) {
        ENTRIES.put(kind, new PaletteEntry(kind, label, family, help, factory, n -> summary.apply((T) n)));
    }

    private static String jsonName(Enum<?> value) {
        return value == null ? "" : PipelineJson.mapper().valueToTree(value).asText();
    }

    private static String fileName(String path) {
        if (path == null || path.isBlank()) {
            return "no file";
        }
        try {
            return Path.of(path).getFileName().toString();
        } catch (RuntimeException e) {
            return path;
        }
    }

    private static String aggregations(List<Aggregation> aggregations) {
        return aggregations.stream().map(a -> a.function() == null ? "?"
                : a.field() == null || a.field().isBlank() ? a.function().jsonName()
                : a.function().jsonName() + "(" + a.field() + ")").collect(Collectors.joining(", "));
    }

    private static String window(WindowSpec window) {
        if (window == null || window.type() == null) {
            return "no window";
        }
        return window.type() == WindowType.SESSION
                ? "session gap " + duration(window.gapMs())
                : window.type().name().toLowerCase(java.util.Locale.ROOT) + " " + duration(window.sizeMs());
    }

    static String duration(long ms) {
        if (ms > 0 && ms % 3_600_000 == 0) {
            return ms / 3_600_000 + " h";
        }
        if (ms > 0 && ms % 60_000 == 0) {
            return ms / 60_000 + " min";
        }
        if (ms > 0 && ms % 1000 == 0) {
            return ms / 1000 + " s";
        }
        return ms + " ms";
    }
}
