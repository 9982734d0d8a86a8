package io.pipelinestudio.runtime.bench;

import io.pipelinestudio.model.Edge;
import io.pipelinestudio.model.Pipeline;
import io.pipelinestudio.model.node.AggregateFunction;
import io.pipelinestudio.model.node.Aggregation;
import io.pipelinestudio.model.node.ChartSinkNode;
import io.pipelinestudio.model.node.ChartStyle;
import io.pipelinestudio.model.node.CsvSinkNode;
import io.pipelinestudio.model.node.EventTimeNode;
import io.pipelinestudio.model.node.GeneratorSourceNode;
import io.pipelinestudio.model.node.KeyByNode;
import io.pipelinestudio.model.node.TimeCharacteristic;
import io.pipelinestudio.model.node.WatermarkEmission;
import io.pipelinestudio.model.node.WindowAggregateNode;
import io.pipelinestudio.model.node.WindowSpec;
import java.nio.file.Path;
import java.util.List;

/**
 * The soak's pipeline, as a user would draw it: an unbounded generator at a steady rate, event time,
 * key-by, a tumbling window counting each key, and the counts drawn by a chart sink and written by a CSV
 * sink.
 */
final class SoakPipeline {
    /**
     * 20,000 records a second: enough that every key's window state changes many times a second, far from
     * what 2 cores can do. Measured on the 2-core machine over an hour: the generator's task is busy 9 % of
     * the time (median; up to 65 % while other builds load the machine: Flink's rate limiter hands every
     * record to a thread of its own and back, which costs more than the record), the window's task under
     * 2 %. So the job keeps up with room to spare, and a fall in throughput means the job slowed, not the
     * machine.
     */
    static final double RECORDS_PER_SECOND = 20_000;
    /** A few hundred keys: a few hundred windows in state at once, and as many chart series and CSV lines a second. */
    static final int KEYS = 300;
    /**
     * Event time advances by the generator's step, 1 ms a record, so 20 s of event time pass each second:
     * windows of 20 s of event time close once a wall-clock second.
     */
    static final long WINDOW_MS = 20_000;
    static final long TIME_STEP_MS = 1;
    /** Records arrive up to 200 ms out of order; the watermark trails by more, so none is late. */
    static final long DISORDER_MS = 200;
    static final long OUT_OF_ORDERNESS_MS = 500;
    static final long START_TIME_MS = 1_700_000_000_000L;

    static final String GENERATOR = "generator";
    static final String WINDOW = "count";
    static final String CHART = "chart";
    static final String CSV = "csv";
    static final String COUNT_FIELD = "count";

    private SoakPipeline() {}

    static Pipeline build(Path csvFile) {
        GeneratorSourceNode generator = new GeneratorSourceNode(GENERATOR, "Steady events", null, RECORDS_PER_SECOND,
                KEYS, START_TIME_MS, TIME_STEP_MS, DISORDER_MS, 1);
        EventTimeNode eventTime = new EventTimeNode("event-time", "Event time", "timestamp", OUT_OF_ORDERNESS_MS, 0,
                WatermarkEmission.PERIODIC);
        KeyByNode byKey = new KeyByNode("by-key", "By key", List.of("key"));
        WindowAggregateNode window = new WindowAggregateNode(WINDOW, "Count per key", WindowSpec.tumbling(WINDOW_MS),
                TimeCharacteristic.EVENT, 0, List.of(new Aggregation(AggregateFunction.COUNT, null, COUNT_FIELD)),
                null, null);
        ChartSinkNode chart = new ChartSinkNode(CHART, "Counts chart", ChartStyle.TIME_SERIES, "window_end", "key",
                COUNT_FIELD, ChartSinkNode.DEFAULT_TOP_SERIES);
        CsvSinkNode csv = new CsvSinkNode(CSV, "Counts file", csvFile.toString(), ",", true);
        return Pipeline.of("soak", List.of(generator, eventTime, byKey, window, chart, csv), List.of(
                Edge.of(GENERATOR, eventTime.id()),
                Edge.of(eventTime.id(), byKey.id()),
                Edge.of(byKey.id(), WINDOW),
                Edge.of(WINDOW, CHART),
                Edge.of(WINDOW, CSV)));
    }
}
