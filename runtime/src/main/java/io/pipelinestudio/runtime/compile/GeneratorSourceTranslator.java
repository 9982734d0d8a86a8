package io.pipelinestudio.runtime.compile;

import io.pipelinestudio.model.node.GeneratorSourceNode;
import io.pipelinestudio.runtime.codegen.JavaSource;
import io.pipelinestudio.runtime.functions.GeneratedRecords;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.connector.source.util.ratelimit.RateLimiterStrategy;
import org.apache.flink.connector.datagen.source.DataGeneratorSource;
import org.apache.flink.types.Row;

/** A {@link NodeTranslator} for the {@link GeneratorSourceNode}: Flink's data generator source. */
final class GeneratorSourceTranslator extends AbstractNodeTranslator<GeneratorSourceNode> {
    @Override
    public void translate(GeneratorSourceNode node, JavaSource java) {
        java.use(GeneratedRecords.class, RateLimiterStrategy.class, DataGeneratorSource.class, WatermarkStrategy.class,
                Row.class, org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator.class);
        java.comment("deterministic records (id, key, timestamp, value), each a function of its sequence number"
                + (node.bounded() ? "" : "; unbounded: runs until cancelled"));
        String rate = node.recordsPerSecond() > 0
                ? "RateLimiterStrategy.perSecond(" + JavaSource.literal(node.recordsPerSecond()) + ")"
                : "RateLimiterStrategy.noOp()";
        String count = JavaSource.literal(node.bounded() ? node.count() : Long.MAX_VALUE);
        String source = java.declare("DataGeneratorSource<Row>", node, "source", "new DataGeneratorSource<>(\n"
                + "        new GeneratedRecords(" + node.keys() + ", " + JavaSource.literal(node.startTimeMs()) + ", "
                + JavaSource.literal(node.timeStepMs()) + ", " + JavaSource.literal(node.disorderMs()) + ", "
                + JavaSource.literal(node.seed()) + ", " + count + "),\n        "
                + count + ", " + rate + ",\n        "
                + java.rowType(GeneratorSourceNode.SCHEMA) + ")");
        java.output(node, GeneratorSourceNode.OUT, java.declare("SingleOutputStreamOperator<Row>", node, "",
                "env.fromSource(" + source + ", WatermarkStrategy.noWatermarks(), " + JavaSource.literal(name(node, ""))
                        + ")" + java.identify(name(node, ""), uid(node, ""))));
    }
}
