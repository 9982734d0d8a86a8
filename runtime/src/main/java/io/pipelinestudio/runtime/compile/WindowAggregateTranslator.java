package io.pipelinestudio.runtime.compile;

import io.pipelinestudio.model.node.TimeCharacteristic;
import io.pipelinestudio.model.node.WindowAggregateNode;
import io.pipelinestudio.model.node.WindowSpec;
import io.pipelinestudio.model.schema.Schema;
import io.pipelinestudio.model.validate.StreamInfo;
import io.pipelinestudio.runtime.codegen.JavaSource;
import io.pipelinestudio.runtime.functions.Accumulator;
import io.pipelinestudio.runtime.functions.AggregateSpec;
import io.pipelinestudio.runtime.functions.KeyFields;
import io.pipelinestudio.runtime.functions.PartialAggregates;
import io.pipelinestudio.runtime.functions.RowAggregator;
import io.pipelinestudio.runtime.functions.RowToRejected;
import io.pipelinestudio.runtime.functions.WindowResultFunction;
import java.time.Duration;
import java.util.Locale;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.datastream.WindowedStream;
import org.apache.flink.streaming.api.windowing.assigners.EventTimeSessionWindows;
import org.apache.flink.streaming.api.windowing.assigners.ProcessingTimeSessionWindows;
import org.apache.flink.streaming.api.windowing.assigners.SlidingEventTimeWindows;
import org.apache.flink.streaming.api.windowing.assigners.SlidingProcessingTimeWindows;
import org.apache.flink.streaming.api.windowing.assigners.TumblingEventTimeWindows;
import org.apache.flink.streaming.api.windowing.assigners.TumblingProcessingTimeWindows;
import org.apache.flink.streaming.api.windowing.assigners.WindowAssigner;
import org.apache.flink.streaming.api.windowing.windows.TimeWindow;
import org.apache.flink.types.Row;
import org.apache.flink.util.OutputTag;

/**
 * A {@link NodeTranslator} for the {@link WindowAggregateNode}: Flink's keyed windows with incremental
 * aggregation, split in two where the results allow it ({@link AggregateSplit}). Late records leave on the
 * {@code late} port, or, when nothing consumes it, are rejected so that none disappears silently.
 */
final class WindowAggregateTranslator extends AbstractNodeTranslator<WindowAggregateNode> {
    static WindowAssigner<Object, TimeWindow> assigner(WindowSpec window, TimeCharacteristic time) {
        boolean event = time == TimeCharacteristic.EVENT;
        Duration size = Duration.ofMillis(window.sizeMs());
        switch (window.type()) {
            case TUMBLING:
                return event ? TumblingEventTimeWindows.of(size) : TumblingProcessingTimeWindows.of(size);
            case SLIDING:
                Duration slide = Duration.ofMillis(window.slideMs());
                return event ? SlidingEventTimeWindows.of(size, slide) : SlidingProcessingTimeWindows.of(size, slide);
            case SESSION:
                Duration gap = Duration.ofMillis(window.gapMs());
                return event ? EventTimeSessionWindows.withGap(gap) : ProcessingTimeSessionWindows.withGap(gap);
            default:
                throw new IllegalArgumentException("Expected a known window type but found " + window.type());
        }
    }

    @Override
    public void translate(WindowAggregateNode node, JavaSource java) {
        java.use(SingleOutputStreamOperator.class, DataStream.class, Row.class, OutputTag.class, Duration.class,
                TypeInformation.class, Accumulator.class, AggregateSpec.class, WindowResultFunction.class, KeyFields.class);
        StreamInfo input = java.inputInfo(node);
        Schema schema = input.schema();
        boolean event = node.time() == TimeCharacteristic.EVENT;
        AggregateSplit split = AggregateSplit.of(node, java.inputNode(node), schema);
        java.comment(node.window().type().name().toLowerCase(Locale.ROOT) + " " + node.time().name()
                .toLowerCase(Locale.ROOT) + "-time windows per key, aggregated incrementally"
                + (event ? "; records later than the allowed lateness leave on the late output" : ""));
        String spec = java.declare("AggregateSpec", node, "aggregates", "new AggregateSpec("
                + ReduceTranslator.aggregations(node.aggregations(), java) + ",\n        " + java.schema(schema) + ")");
        String keys = "new KeyFields(" + JavaSource.ints(KeyByTranslator.keyIndexes(schema, input.keyFields())) + ")";
        String recordType = java.rowType(schema);
        String keyed;
        String lateType;
        String aggregate;
        if (split.split()) {
            PreAggregationJava.FirstHalf partials = PreAggregationJava.write(node, split, schema, input.keyFields(), spec,
                    keys, java);
            keyed = partials.keyed();
            lateType = partials.partialType();
            aggregate = "new PartialAggregates.Merge(" + spec + ")";
        } else {
            java.use(RowAggregator.class);
            java.comment("not split into partial results before the shuffle: " + split.whyNot());
            keyed = java.input(node);
            lateType = recordType;
            aggregate = "new RowAggregator(" + spec + ")";
        }
        String lateTag = java.declare("OutputTag<Row>", node, "late-tag", "new OutputTag<>("
                + JavaSource.literal("late:" + node.id()) + ", " + lateType + ")");
        String windows = keyed + "\n.window(" + assignerJava(node.window(), node.time(), java) + ")";
        if (event) {
            windows += "\n.allowedLateness(Duration.ofMillis(" + JavaSource.literal(node.allowedLatenessMs()) + "))"
                    + "\n.sideOutputLateData(" + lateTag + ")";
        }
        String results = java.declare("SingleOutputStreamOperator<Row>", node, "", windows
                + "\n.aggregate(" + aggregate + ",\n        new WindowResultFunction(" + keys + ", " + spec
                + "),\n        TypeInformation.of(Accumulator.class), TypeInformation.of(Accumulator.class),\n        "
                + java.rowType(java.outputSchema(node)) + ")" + java.identify(name(node, ""), uid(node, "")));
        java.output(node, WindowAggregateNode.OUT, results);
        String late = results + ".getSideOutput(" + lateTag + ")" + (split.split()
                ? "\n.map(new PartialAggregates.LateRecord(" + JavaSource.literal(node.id()) + "), " + recordType + ")"
                        + java.identify(name(node, "late records"), uid(node, "late-records"))
                : "");
        if (java.isConnected(node, WindowAggregateNode.LATE)) {
            java.output(node, WindowAggregateNode.LATE, java.declare("DataStream<Row>", node, "late", late));
        } else if (event) {
            java.use(RowToRejected.class);
            java.comment("late records nothing consumes are rejected, so that none disappears silently");
            String reason = "later than the allowed lateness of " + node.allowedLatenessMs() + " ms";
            java.reject(node, late + "\n.map(new RowToRejected("
                    + JavaSource.literal(node.id()) + ", " + JavaSource.literal(reason) + "))"
                    + java.identify(name(node, "late"), uid(node, "late")));
        }
    }

    private static String assignerJava(WindowSpec window, TimeCharacteristic time, JavaSource java) {
        boolean event = time == TimeCharacteristic.EVENT;
        String size = "Duration.ofMillis(" + JavaSource.literal(window.sizeMs()) + ")";
        switch (window.type()) {
            case TUMBLING:
                java.use(event ? TumblingEventTimeWindows.class : TumblingProcessingTimeWindows.class);
                return (event ? "TumblingEventTimeWindows" : "TumblingProcessingTimeWindows") + ".of(" + size + ")";
            case SLIDING:
                java.use(event ? SlidingEventTimeWindows.class : SlidingProcessingTimeWindows.class);
                return (event ? "SlidingEventTimeWindows" : "SlidingProcessingTimeWindows") + ".of(" + size
                        + ", Duration.ofMillis(" + JavaSource.literal(window.slideMs()) + "))";
            case SESSION:
                java.use(event ? EventTimeSessionWindows.class : ProcessingTimeSessionWindows.class);
                return (event ? "EventTimeSessionWindows" : "ProcessingTimeSessionWindows") + ".withGap(Duration.ofMillis("
                        + JavaSource.literal(window.gapMs()) + "))";
            default:
                throw new IllegalArgumentException("Expected a known window type but found " + window.type());
        }
    }
}
