package io.pipelinestudio.runtime.compile;

import io.pipelinestudio.model.node.GeneratorSourceNode;
import io.pipelinestudio.runtime.functions.GeneratedRecords;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.connector.source.util.ratelimit.RateLimiterStrategy;
import org.apache.flink.connector.datagen.source.DataGeneratorSource;
import org.apache.flink.types.Row;

/** A {@link NodeTranslator} for the {@link GeneratorSourceNode}: Flink's data generator source. */
final class GeneratorSourceTranslator extends AbstractNodeTranslator<GeneratorSourceNode> {
    @Override
    public void translate(GeneratorSourceNode node, TranslationContext context) {
        GeneratedRecords records = new GeneratedRecords(node.keys(), node.startTimeMs(), node.timeStepMs(),
                node.disorderMs(), node.seed());
        RateLimiterStrategy rate = node.recordsPerSecond() > 0
                ? RateLimiterStrategy.perSecond(node.recordsPerSecond())
                : RateLimiterStrategy.noOp();
        long count = node.bounded() ? node.count() : Long.MAX_VALUE;
        DataGeneratorSource<Row> source =
                new DataGeneratorSource<>(records, count, rate, RowTypes.of(GeneratorSourceNode.SCHEMA));
        context.output(node, GeneratorSourceNode.OUT, identify(
                context.env().fromSource(source, WatermarkStrategy.noWatermarks(), name(node, "")), node, ""));
    }
}
