package io.pipelinestudio.model.node;

import io.pipelinestudio.model.schema.Field;
import io.pipelinestudio.model.schema.FieldType;
import io.pipelinestudio.model.schema.Schema;
import io.pipelinestudio.model.validate.NodeCheck;
import io.pipelinestudio.model.validate.ProblemKind;
import io.pipelinestudio.model.validate.StreamInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Aggregates the records of each key per window. Output records are the window's start and end (epoch
 * milliseconds), the key fields and the aggregates. Records later than the allowed lateness leave on
 * the {@code late} port.
 */
@NodeKind(name = "window-aggregate", label = "Window", family = NodeFamily.AGGREGATE, order = 120,
        icon = "window-aggregate", description = "Aggregates each key per time window",
        settings = {
            @SettingHelp(name = "allowedLatenessMs", help = "How long after a window closes late records still update"
                    + " it")})
public record WindowAggregateNode(String id, String label, WindowSpec window, TimeCharacteristic time,
        long allowedLatenessMs, List<Aggregation> aggregations, String windowStartField, String windowEndField)
        implements Node {
    public static final String LATE = "late";

    public WindowAggregateNode {
        Nodes.requireId(id);
        time = time == null ? TimeCharacteristic.EVENT : time;
        aggregations = Nodes.list(aggregations);
        windowStartField = Nodes.orDefault(windowStartField, "window_start");
        windowEndField = Nodes.orDefault(windowEndField, "window_end");
    }

    @Override
    public List<String> outputPorts() {
        return List.of(OUT, LATE);
    }

    /** A slide only for sliding windows, a gap only for session windows, which have no fixed size. */
    @Override
    public boolean applies(String setting) {
        WindowType type = window == null ? null : window.type();
        return switch (setting) {
            case "window.slideMs" -> type == WindowType.SLIDING;
            case "window.gapMs" -> type == WindowType.SESSION;
            case "window.sizeMs" -> type != WindowType.SESSION;
            default -> true;
        };
    }

    /** Its results over the window ends, one series per key, the aggregates as values. */
    @Override
    public List<ChartableOutput> chartableOutputs() {
        return List.of(new ChartableOutput(OUT, windowEndField, null,
                aggregations.stream().map(Aggregation::outputName).toList(), ChartStyle.TIME_SERIES,
                ChartSinkNode.DEFAULT_TOP_SERIES));
    }

    @Override
    public Map<String, StreamInfo> infer(Map<String, StreamInfo> inputs, NodeCheck check) {
        StreamInfo in = inputs.get(IN);
        if (!in.keyed()) {
            check.error(ProblemKind.MISSING_KEY,
                    "a window aggregate needs a keyed input: put a key-by node directly before it");
        }
        checkWindow(check);
        if (time == TimeCharacteristic.EVENT && !in.eventTime()) {
            check.error(ProblemKind.MISSING_EVENT_TIME,
                    "event-time windows need event time: add an event-time node before the key-by");
        }
        check.duration(allowedLatenessMs, "the allowed lateness");
        if (time == TimeCharacteristic.PROCESSING) {
            if (allowedLatenessMs > 0) {
                check.error(ProblemKind.BAD_PARAMETER, "allowed lateness applies only to event-time windows");
            }
            check.warning(ProblemKind.MODE_DEPENDENT_RESULT,
                    "processing-time windows depend on when records arrive, so BATCH and STREAMING results differ");
        }
        List<Field> out = new ArrayList<>();
        out.add(new Field(windowStartField, FieldType.LONG));
        out.add(new Field(windowEndField, FieldType.LONG));
        in.keyFields().forEach(k -> in.schema().field(k).ifPresent(out::add));
        out.addAll(Aggregations.outputFields(aggregations, in.schema(), check));
        check.uniqueNames(out.stream().map(Field::name).toList(), "the output");
        // window results carry their window's end as timestamp, so event time flows on to later windows
        boolean eventTime = in.eventTime() && time == TimeCharacteristic.EVENT;
        return Map.of(
                OUT, new StreamInfo(new Schema(out), List.of(), eventTime, in.bounded()),
                LATE, in.unkeyed(in.schema()));
    }

    private void checkWindow(NodeCheck check) {
        if (window == null || window.type() == null) {
            check.error(ProblemKind.BAD_PARAMETER, "choose a window type: tumbling, sliding or session");
            return;
        }
        switch (window.type()) {
            case TUMBLING:
                check.positiveDuration(window.sizeMs(), "the window size");
                break;
            case SLIDING:
                check.positiveDuration(window.sizeMs(), "the window size");
                check.positiveDuration(window.slideMs(), "the window slide");
                break;
            case SESSION:
                check.positiveDuration(window.gapMs(), "the session gap");
                break;
            default:
                throw new IllegalStateException("Unexpected window type " + window.type());
        }
    }
}
