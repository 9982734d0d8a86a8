package io.pipelinestudio.runtime.compile;

import io.pipelinestudio.model.node.EventTimeNode;
import io.pipelinestudio.model.node.WatermarkEmission;
import io.pipelinestudio.model.schema.FieldType;
import io.pipelinestudio.model.schema.Schema;
import io.pipelinestudio.runtime.codegen.JavaSource;
import io.pipelinestudio.runtime.functions.EventTimeRange;
import io.pipelinestudio.runtime.functions.FieldTimestampAssigner;
import io.pipelinestudio.runtime.functions.Rejections;
import io.pipelinestudio.runtime.functions.PerRecordWatermarks;
import java.time.Duration;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.types.Row;

/**
 * A {@link NodeTranslator} for the {@link EventTimeNode}: Flink's {@code assignTimestampsAndWatermarks}
 * with bounded out-of-orderness.
 */
final class EventTimeTranslator extends AbstractNodeTranslator<EventTimeNode> {
    @Override
    public void translate(EventTimeNode node, JavaSource java) {
        java.use(WatermarkStrategy.class, Duration.class, FieldTimestampAssigner.class, Row.class,
                SingleOutputStreamOperator.class);
        Schema input = java.inputSchema(node);
        int index = input.indexOf(node.field());
        boolean instant = input.fields().get(index).type() == FieldType.TIMESTAMP;
        String bound = JavaSource.literal(node.maxOutOfOrdernessMs());
        String strategy;
        if (node.watermarks() == WatermarkEmission.PER_RECORD) {
            java.use(PerRecordWatermarks.class);
            java.comment("event time from '" + node.field() + "'; a watermark after every record that advances"
                    + " it, trailing by " + node.maxOutOfOrdernessMs() + " ms, so lateness does not depend on timing");
            strategy = "PerRecordWatermarks.strategy(" + bound + ")";
        } else {
            java.comment("event time from '" + node.field() + "'; periodic watermarks trail the largest time seen"
                    + " by " + node.maxOutOfOrdernessMs() + " ms");
            strategy = "WatermarkStrategy.<Row>forBoundedOutOfOrderness(Duration.ofMillis(" + bound + "))";
        }
        strategy += "\n.withTimestampAssigner(new FieldTimestampAssigner(" + index + ", " + instant + "))";
        if (node.idleTimeoutMs() > 0) {
            strategy += "\n.withIdleness(Duration.ofMillis(" + JavaSource.literal(node.idleTimeoutMs()) + "))";
        }
        String watermarks = java.declare("WatermarkStrategy<Row>", node, "watermarks", strategy);
        java.use(EventTimeRange.class, Rejections.class);
        java.comment("records without a time, or with one too far from 1970 for window arithmetic, are rejected");
        String inRange = java.declare("SingleOutputStreamOperator<Row>", node, "inRange", java.input(node)
                + "\n.process(new EventTimeRange(" + JavaSource.literal(node.id()) + ", " + index + ", "
                + JavaSource.literal(node.field()) + "))\n.returns(" + java.rowType(input) + ")"
                + java.identify(name(node, "range"), uid(node, "range")));
        java.reject(node, inRange + ".getSideOutput(Rejections.TAG)");
        String timed = java.declare("SingleOutputStreamOperator<Row>", node, "timed",
                inRange + "\n.assignTimestampsAndWatermarks(" + watermarks + ")"
                        + java.identify(name(node, ""), uid(node, "")));
        if (java.runsAsOne(node)) {
            java.statement(timed + ".setParallelism(1)");
        }
        java.comment("in Pipeline Studio, at the replay speed chosen there (and held while paused); unchanged elsewhere");
        java.output(node, EventTimeNode.OUT, java.declare("SingleOutputStreamOperator<Row>", node, "",
                "job.replayed(" + timed + ", " + JavaSource.literal(node.id()) + ")"));
    }
}
