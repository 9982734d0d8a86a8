package io.pipelinestudio.runtime.testing;

import io.pipelinestudio.model.node.AggregateFunction;
import io.pipelinestudio.model.node.Aggregation;
import io.pipelinestudio.model.node.ComputedField;
import io.pipelinestudio.model.node.ConsoleSinkNode;
import io.pipelinestudio.model.node.CsvSinkNode;
import io.pipelinestudio.model.node.CsvSourceNode;
import io.pipelinestudio.model.node.EventTimeNode;
import io.pipelinestudio.model.node.FilterNode;
import io.pipelinestudio.model.node.FlatMapNode;
import io.pipelinestudio.model.node.GeneratorSourceNode;
import io.pipelinestudio.model.node.KeyByNode;
import io.pipelinestudio.model.node.MapNode;
import io.pipelinestudio.model.node.ParseNode;
import io.pipelinestudio.model.node.ProjectNode;
import io.pipelinestudio.model.node.ProjectedField;
import io.pipelinestudio.model.node.RebalanceNode;
import io.pipelinestudio.model.node.ReduceEmission;
import io.pipelinestudio.model.node.ReduceNode;
import io.pipelinestudio.model.node.TimeCharacteristic;
import io.pipelinestudio.model.node.WatermarkEmission;
import io.pipelinestudio.model.node.WindowAggregateNode;
import io.pipelinestudio.model.node.WindowSpec;
import io.pipelinestudio.model.schema.Field;
import io.pipelinestudio.model.schema.FieldType;
import java.nio.file.Path;
import java.util.List;

/** Nodes and fields with the usual settings; a test that cares about another setting builds the record itself. */
public final class NodeFixtures {
    private NodeFixtures() {}

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

    public static CsvSourceNode csvSource(String id, Path file, Field... fields) {
        return new CsvSourceNode(id, "Read " + id, file.toString(), ",", false, List.of(fields));
    }

    public static GeneratorSourceNode generator(String id, Long count, double recordsPerSecond) {
        return new GeneratorSourceNode(id, "Generate " + id, count, recordsPerSecond, 4, 1_700_000_000_000L, 100, 0, 7);
    }

    public static EventTimeNode eventTime(String id, String field, long maxOutOfOrdernessMs) {
        return new EventTimeNode(id, "Event time " + id, field, maxOutOfOrdernessMs, 0, WatermarkEmission.PERIODIC);
    }

    /** Watermarks after every record that advances event time, so lateness is reproducible. */
    public static EventTimeNode eventTimePerRecord(String id, String field, long maxOutOfOrdernessMs) {
        return new EventTimeNode(id, "Event time " + id, field, maxOutOfOrdernessMs, 0, WatermarkEmission.PER_RECORD);
    }

    public static KeyByNode keyBy(String id, String... fields) {
        return new KeyByNode(id, "Key " + id, List.of(fields));
    }

    public static RebalanceNode rebalance(String id) {
        return new RebalanceNode(id, "Rebalance " + id);
    }

    public static ParseNode parse(String id, String field, Field... fields) {
        return new ParseNode(id, "Parse " + id, field, ",", List.of(fields));
    }

    public static ProjectNode project(String id, ProjectedField... fields) {
        return new ProjectNode(id, "Project " + id, List.of(fields));
    }

    public static ProjectedField keep(String field) {
        return new ProjectedField(field, null);
    }

    public static ProjectedField rename(String field, String as) {
        return new ProjectedField(field, as);
    }

    public static FilterNode filter(String id, String condition) {
        return new FilterNode(id, "Filter " + id, condition);
    }

    public static MapNode map(String id, ComputedField... fields) {
        return new MapNode(id, "Map " + id, List.of(fields));
    }

    public static ComputedField computed(String name, String expression) {
        return new ComputedField(name, expression);
    }

    public static FlatMapNode split(String id, String field, String separator, String as, boolean skipEmpty) {
        return new FlatMapNode(id, "Split " + id, field, separator, as, skipEmpty);
    }

    public static ReduceNode reduce(String id, ReduceEmission emit, Aggregation... aggregations) {
        return new ReduceNode(id, "Reduce " + id, List.of(aggregations), emit);
    }

    public static WindowAggregateNode window(String id, WindowSpec window, long allowedLatenessMs,
            Aggregation... aggregations) {
        return new WindowAggregateNode(id, "Window " + id, window, TimeCharacteristic.EVENT, allowedLatenessMs,
                List.of(aggregations), null, null);
    }

    public static Aggregation count() {
        return new Aggregation(AggregateFunction.COUNT, null, null);
    }

    public static Aggregation sum(String field) {
        return new Aggregation(AggregateFunction.SUM, field, null);
    }

    public static Aggregation min(String field) {
        return new Aggregation(AggregateFunction.MIN, field, null);
    }

    public static Aggregation max(String field) {
        return new Aggregation(AggregateFunction.MAX, field, null);
    }

    public static Aggregation avg(String field) {
        return new Aggregation(AggregateFunction.AVG, field, null);
    }

    public static CsvSinkNode csvSink(String id, Path file) {
        return new CsvSinkNode(id, "Write " + id, file.toString(), ",", false);
    }

    public static CsvSinkNode csvSinkWithHeader(String id, Path file) {
        return new CsvSinkNode(id, "Write " + id, file.toString(), ",", true);
    }

    public static ConsoleSinkNode consoleSink(String id) {
        return new ConsoleSinkNode(id, "Print " + id);
    }
}
