package io.pipelinestudio.app.palette;

import io.pipelinestudio.model.node.AggregateFunction;
import io.pipelinestudio.model.node.Aggregation;
import io.pipelinestudio.model.node.ChartSinkNode;
import io.pipelinestudio.model.node.ChartStyle;
import io.pipelinestudio.model.node.ConsoleSinkNode;
import io.pipelinestudio.model.node.CsvSinkNode;
import io.pipelinestudio.model.node.CsvSourceNode;
import io.pipelinestudio.model.node.DeliveryGuarantee;
import io.pipelinestudio.model.node.EventTimeNode;
import io.pipelinestudio.model.node.FileSinkNode;
import io.pipelinestudio.model.node.FilterNode;
import io.pipelinestudio.model.node.FlatMapNode;
import io.pipelinestudio.model.node.GeneratorSourceNode;
import io.pipelinestudio.model.node.KafkaSinkNode;
import io.pipelinestudio.model.node.KafkaSourceNode;
import io.pipelinestudio.model.node.KeyByNode;
import io.pipelinestudio.model.json.PipelineJson;
import io.pipelinestudio.model.node.MapNode;
import io.pipelinestudio.model.node.MessageFormat;
import io.pipelinestudio.model.node.ModelKind;
import io.pipelinestudio.model.node.Node;
import io.pipelinestudio.model.node.NodeDescriptor;
import io.pipelinestudio.model.node.NodeFamily;
import io.pipelinestudio.model.node.ParseNode;
import io.pipelinestudio.model.node.PredictNode;
import io.pipelinestudio.model.node.ProjectNode;
import io.pipelinestudio.model.node.RebalanceNode;
import io.pipelinestudio.model.node.StartingOffsets;
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

/**
 * Every node kind the designer offers, in palette order: the kind's descriptor plus, per kind, the node a
 * drop creates and the summary its card shows.
 */
public final class PaletteCatalog {
    private static final Map<String, Line> LINES = new LinkedHashMap<>();

    static {
        add(id -> new CsvSourceNode(id, null, "input.csv", ",", true, List.of(new Field("line", FieldType.STRING))),
                n -> fileName(n.path()) + " \u00b7 " + n.fields().size() + " fields");
        add(id -> new GeneratorSourceNode(id, null, 1000L, 0, 4, 0, 1000, 0, 42),
                n -> (n.count() == null ? "unbounded" : n.count() + " records") + " \u00b7 " + n.keys() + " keys");
        // a local broker's address, so that a fresh node is valid and runs against ./studio kafka start
        add(id -> new KafkaSourceNode(id, null, "127.0.0.1:9092", "events", null, StartingOffsets.EARLIEST, null,
                        MessageFormat.CSV, ",", List.of(new Field("key", FieldType.STRING),
                                new Field("timestamp_ms", FieldType.LONG)),
                        null, null, "timestamp_ms", 5000, 0, "false"),
                n -> topic(String.join(", ", n.topicList())) + " \u00b7 " + jsonName(n.format())
                        + " \u00b7 " + n.fields().size() + " fields" + (n.stops() ? " \u00b7 bounded" : ""));
        add(id -> new KeyByNode(id, null, List.of("key")), n -> "by " + String.join(", ", n.fields()));
        add(id -> new RebalanceNode(id, null), n -> "round-robin");
        add(id -> new EventTimeNode(id, null, "timestamp", 1000, 0, null),
                n -> n.field() + " \u00b7 \u2264 " + n.maxOutOfOrdernessMs() + " ms disorder");
        add(id -> new ParseNode(id, null, "line", ",", List.of(new Field("value", FieldType.STRING))),
                n -> n.field() + " \u2192 " + n.fields().size() + " fields");
        add(id -> new ProjectNode(id, null, List.of()),
                n -> n.fields().stream().map(f -> f.outputName()).collect(Collectors.joining(", ")));
        add(id -> new FilterNode(id, null, "true"), n -> Optional.ofNullable(n.condition()).orElse(""));
        add(id -> new MapNode(id, null, List.of()),
                n -> n.fields().stream().map(f -> f.name()).collect(Collectors.joining(", ")));
        add(id -> new FlatMapNode(id, null, "line", " ", "word", true),
                n -> "split " + n.field() + " \u2192 " + n.outputField());
        add(id -> new ReduceNode(id, null, List.of(new Aggregation(AggregateFunction.COUNT, null, null)), null),
                n -> aggregations(n.aggregations()));
        add(id -> new WindowAggregateNode(id, null, WindowSpec.tumbling(60_000), null, 0,
                        List.of(new Aggregation(AggregateFunction.COUNT, null, null)), null, null),
                n -> window(n.window()) + " \u00b7 " + aggregations(n.aggregations()));
        add(id -> new TrainNode(id, null, ModelKind.LINEAR_REGRESSION, List.of(), "label", 0.01, 0, true, 100,
                        1e-6, 32, 1, null),
                n -> jsonName(n.model()) + " \u00b7 " + n.features().size() + " features");
        add(id -> new PredictNode(id, null, ModelKind.LINEAR_REGRESSION, List.of(), null),
                n -> jsonName(n.model()) + (n.fromFile() ? " \u00b7 from file" : ""));
        add(id -> new CsvSinkNode(id, null, "output.csv", ",", true), n -> fileName(n.path()));
        add(id -> new FileSinkNode(id, null, "parts", MessageFormat.CSV, ",", 60_000, 128L * 1024 * 1024),
                n -> fileName(n.directory()) + " \u00b7 " + jsonName(n.format()) + " parts");
        add(id -> new KafkaSinkNode(id, null, "127.0.0.1:9092", "output", MessageFormat.CSV, ",", null,
                        DeliveryGuarantee.AT_LEAST_ONCE),
                n -> topic(n.topic()) + " \u00b7 " + jsonName(n.delivery()));
        add(id -> new ConsoleSinkNode(id, null), n -> "stdout");
        add(id -> new ChartSinkNode(id, null, ChartStyle.TIME_SERIES, "window_end", "key", "count", 0),
                n -> (n.style() == ChartStyle.LATEST_BARS ? "latest bars of " : "") + n.valueField()
                        + (n.seriesField() == null || n.seriesField().isBlank() ? "" : " per " + n.seriesField()));
    }

    private static final List<PaletteEntry> ORDERED = NodeDescriptor.all().stream()
            .map(kind -> LINES.getOrDefault(kind.name(), generic(kind.name())).entry(kind))
            .toList();

    private PaletteCatalog() {}

    /** What the app adds to a kind's descriptor: the node a drop creates and its card's summary. */
    private record Line(Function<String, Node> factory, Function<Node, String> summary) {
        PaletteEntry entry(NodeDescriptor kind) {
            return new PaletteEntry(kind, factory, summary);
        }
    }

    /** A kind without a line of its own starts from its JSON defaults and shows no summary. */
    private static Line generic(String kind) {
        return new Line(id -> {
            try {
                return PipelineJson.mapper().treeToValue(
                        PipelineJson.mapper().createObjectNode().put("kind", kind).put("id", id), Node.class);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException("Expected a " + kind + " node to be creatable from its id alone", e);
            }
        }, n -> "");
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

    /** The line of the kind {@code factory} creates; its type makes {@code summary} see the record's settings. */
    @SuppressWarnings("unchecked")
    private static <T extends Node> void add(Function<String, T> factory, Function<T, String> summary) {
        String kind = factory.apply("probe").kind();
        LINES.put(kind, new Line(factory::apply, n -> summary.apply((T) n)));
    }

    private static String jsonName(Enum<?> value) {
        return value == null ? "" : PipelineJson.mapper().valueToTree(value).asText();
    }

    private static String topic(String names) {
        return names == null || names.isBlank() ? "no topic" : names.strip();
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
