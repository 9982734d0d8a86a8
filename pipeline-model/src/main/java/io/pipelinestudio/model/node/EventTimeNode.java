package io.pipelinestudio.model.node;

import io.pipelinestudio.model.schema.FieldType;
import io.pipelinestudio.model.validate.NodeCheck;
import io.pipelinestudio.model.validate.StreamInfo;
import java.util.EnumSet;
import java.util.Map;

/**
 * Assigns each record its event time from a field (epoch milliseconds or a timestamp) and emits
 * watermarks that trail the largest time seen by {@code maxOutOfOrdernessMs}: Flink's bounded
 * out-of-orderness strategy. Idle inputs stop holding watermarks back after {@code idleTimeoutMs}
 * (0: never).
 */
@NodeKind(name = "event-time", label = "Event time", family = NodeFamily.PROCESS, order = 50, icon = "event-time",
        description = "Assigns event time and watermarks from a field",
        settings = {
            @SettingHelp(name = "field", help = "The field with each record's event time, in epoch milliseconds",
                    role = SettingRole.INPUT_FIELD),
            @SettingHelp(name = "maxOutOfOrdernessMs", help = "How far records may arrive out of event-time order"),
            @SettingHelp(name = "idleTimeoutMs", help = "After how long an idle input stops holding back watermarks;"
                    + " 0: never")})
public record EventTimeNode(String id, String label, String field, long maxOutOfOrdernessMs, long idleTimeoutMs,
        WatermarkEmission watermarks) implements Node {
    public EventTimeNode {
        Nodes.requireId(id);
        watermarks = watermarks == null ? WatermarkEmission.PERIODIC : watermarks;
    }

    @Override
    public Map<String, StreamInfo> infer(Map<String, StreamInfo> inputs, NodeCheck check) {
        StreamInfo in = inputs.get(IN);
        check.field(in.schema(), field, "the event time field", EnumSet.of(FieldType.LONG, FieldType.TIMESTAMP));
        check.duration(maxOutOfOrdernessMs, "the maximum out-of-orderness");
        check.duration(idleTimeoutMs, "the idle timeout");
        return Map.of(OUT, in.unkeyed(in.schema()).withEventTime());
    }
}
