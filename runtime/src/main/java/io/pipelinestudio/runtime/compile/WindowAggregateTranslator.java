package io.pipelinestudio.runtime.compile;

import io.pipelinestudio.model.node.TimeCharacteristic;
import io.pipelinestudio.model.node.WindowAggregateNode;
import io.pipelinestudio.model.node.WindowSpec;
import io.pipelinestudio.model.schema.Schema;
import io.pipelinestudio.model.validate.StreamInfo;
import io.pipelinestudio.runtime.functions.Accumulator;
import io.pipelinestudio.runtime.functions.AggregateSpec;
import io.pipelinestudio.runtime.functions.RowAggregator;
import io.pipelinestudio.runtime.functions.RowToRejected;
import io.pipelinestudio.runtime.functions.WindowResultFunction;
import java.time.Duration;
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
 * aggregation. Late records leave on the {@code late} port, or, when nothing consumes it, are rejected
 * so that none disappears silently.
 */
final class WindowAggregateTranslator extends AbstractNodeTranslator<WindowAggregateNode> {
    @Override
    public void translate(WindowAggregateNode node, TranslationContext context) {
        StreamInfo input = context.inputInfo(node);
        Schema schema = input.schema();
        AggregateSpec spec = new AggregateSpec(node.aggregations(), schema);
        OutputTag<Row> lateTag = new OutputTag<>("late:" + node.id(), RowTypes.of(schema));
        WindowedStream<Row, Object, TimeWindow> windows = ReduceTranslator.keyed(context, node)
                .window(assigner(node.window(), node.time()));
        if (node.time() == TimeCharacteristic.EVENT) {
            windows = windows.allowedLateness(Duration.ofMillis(node.allowedLatenessMs())).sideOutputLateData(lateTag);
        }
        TypeInformation<Accumulator> accumulator = TypeInformation.of(Accumulator.class);
        SingleOutputStreamOperator<Row> results = identify(windows.aggregate(new RowAggregator(spec),
                new WindowResultFunction(KeyByTranslator.keyFields(schema, input.keyFields()), spec),
                accumulator, accumulator, RowTypes.of(context.outputSchema(node))), node, "");
        context.output(node, WindowAggregateNode.OUT, results);
        DataStream<Row> late = results.getSideOutput(lateTag);
        context.output(node, WindowAggregateNode.LATE, late);
        if (node.time() == TimeCharacteristic.EVENT && !context.isConnected(node, WindowAggregateNode.LATE)) {
            String reason = "later than the allowed lateness of " + node.allowedLatenessMs() + " ms";
            context.reject(identify(late.map(new RowToRejected(node.id(), reason)), node, "late"));
        }
    }

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
}
