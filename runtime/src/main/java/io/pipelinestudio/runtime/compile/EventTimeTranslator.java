package io.pipelinestudio.runtime.compile;

import io.pipelinestudio.model.node.EventTimeNode;
import io.pipelinestudio.model.node.WatermarkEmission;
import io.pipelinestudio.model.schema.FieldType;
import io.pipelinestudio.model.schema.Schema;
import io.pipelinestudio.runtime.functions.FieldTimestampAssigner;
import io.pipelinestudio.runtime.functions.PerRecordWatermarks;
import java.time.Duration;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.types.Row;

/**
 * A {@link NodeTranslator} for the {@link EventTimeNode}: Flink's {@code assignTimestampsAndWatermarks}
 * with bounded out-of-orderness.
 */
final class EventTimeTranslator extends AbstractNodeTranslator<EventTimeNode> {
    @Override
    public void translate(EventTimeNode node, TranslationContext context) {
        Schema input = context.inputSchema(node);
        int index = input.indexOf(node.field());
        boolean instant = input.fields().get(index).type() == FieldType.TIMESTAMP;
        long boundMs = node.maxOutOfOrdernessMs();
        WatermarkStrategy<Row> strategy = node.watermarks() == WatermarkEmission.PER_RECORD
                ? WatermarkStrategy.forGenerator(ctx -> new PerRecordWatermarks(boundMs))
                : WatermarkStrategy.<Row>forBoundedOutOfOrderness(Duration.ofMillis(boundMs));
        strategy = strategy.withTimestampAssigner(new FieldTimestampAssigner(index, instant));
        if (node.idleTimeoutMs() > 0) {
            strategy = strategy.withIdleness(Duration.ofMillis(node.idleTimeoutMs()));
        }
        context.output(node, EventTimeNode.OUT,
                identify(context.input(node).assignTimestampsAndWatermarks(strategy), node, ""));
    }
}
