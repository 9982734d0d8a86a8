package io.pipelinestudio.runtime.compile;

import io.pipelinestudio.model.node.KafkaSourceNode;
import io.pipelinestudio.model.node.MessageFormat;
import io.pipelinestudio.model.param.Placeholders;
import io.pipelinestudio.model.schema.Field;
import io.pipelinestudio.model.schema.Schema;
import io.pipelinestudio.runtime.codegen.JavaSource;
import io.pipelinestudio.model.schema.FieldType;
import io.pipelinestudio.runtime.functions.MessageTimestampAssigner;
import io.pipelinestudio.runtime.functions.RejectUnparsedMessages;
import io.pipelinestudio.runtime.functions.Rejections;
import io.pipelinestudio.runtime.io.DelimitedParser;
import io.pipelinestudio.runtime.io.JsonRecordParser;
import io.pipelinestudio.runtime.io.KafkaRecordParser;
import io.pipelinestudio.runtime.io.KafkaReading;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.types.Row;

/**
 * A {@link NodeTranslator} for the {@link KafkaSourceNode}: Flink's Kafka source parsing each message,
 * with event time and watermarks per partition when set, then an operator that rejects what did not
 * parse, as the CSV source does with lines.
 */
final class KafkaSourceTranslator extends AbstractNodeTranslator<KafkaSourceNode> {
    @Override
    public void translate(KafkaSourceNode node, JavaSource java) {
        java.use(KafkaSource.class, OffsetsInitializer.class, KafkaRecordParser.class, KafkaReading.class,
                WatermarkStrategy.class, DataStream.class, SingleOutputStreamOperator.class, Row.class,
                RejectUnparsedMessages.class, DelimitedParser.class, Rejections.class);
        Schema declared = new Schema(node.fields());
        List<String> names = node.fields().stream().map(Field::name).toList();
        String fields = "new DelimitedParser(" + JavaSource.names(names) + ",\n        "
                + java.fieldTypes(RowTypes.types(declared)) + ", " + JavaSource.literal(node.delimiter().charAt(0))
                + ")";
        String parsers;
        if (node.format() == MessageFormat.JSON) {
            java.use(JsonRecordParser.class);
            parsers = "null, new JsonRecordParser(" + JavaSource.names(names) + ", " + fields + ")";
        } else {
            parsers = fields + ", null";
        }
        java.comment("reads Kafka messages and parses them in the source; a message that does not parse is kept"
                + " with its topic, partition and offset and rejected by the next operator");
        String builder = "KafkaSource.<Row>builder()"
                + "\n.setBootstrapServers(" + java.string(node.bootstrapServers()) + ")"
                + "\n.setTopics(KafkaReading.topics(" + java.string(node.topics()) + "))"
                + "\n.setGroupId(" + java.string(groupId(node, java)) + ")"
                + "\n.setStartingOffsets(" + startingOffsets(node) + ")"
                + "\n.setDeserializer(new KafkaRecordParser(" + parsers + ", " + hasText(node.keyField()) + ", "
                + hasText(node.timestampField()) + ", " + java.rowType(withLeadingColumns(node.schema())) + "))";
        if (Placeholders.names(node.bounded()).isEmpty()) {
            builder += node.stops() ? "\n.setBounded(OffsetsInitializer.latest())" : "";
        } else {
            builder = "KafkaReading.stopAtLatestIf(" + java.string(node.bounded()) + ", " + builder + ")";
        }
        String source = java.declare("KafkaSource<Row>", node, "kafka", builder + "\n.build()");
        String messages = java.declare("DataStream<Row>", node, "messages", "env.fromSource(" + source + ", "
                + watermarks(node, java) + ", " + JavaSource.literal(name(node, "read")) + ")"
                + java.identify(name(node, "read"), uid(node, "read")));
        String rows = java.declare("SingleOutputStreamOperator<Row>", node, "", messages
                + "\n.process(new RejectUnparsedMessages(" + JavaSource.literal(node.id()) + ", "
                + (node.hasEventTime() ? node.schema().indexOf(node.eventTimeField()) + ", "
                        + JavaSource.literal(node.eventTimeField()) : "-1, null") + "))\n.returns("
                + java.rowType(node.schema()) + ")" + java.identify(name(node, ""), uid(node, "")));
        if (node.hasEventTime()) {
            java.comment("in Pipeline Studio, at the replay speed chosen there (and held while paused); unchanged"
                    + " elsewhere");
            java.output(node, KafkaSourceNode.OUT, java.declare("SingleOutputStreamOperator<Row>", node, "replayed",
                    "job.replayed(" + rows + ", " + JavaSource.literal(node.id()) + ")"));
        } else {
            java.output(node, KafkaSourceNode.OUT, rows);
        }
        java.reject(node, rows + ".getSideOutput(Rejections.TAG)");
    }

    /** In the source, so that each partition has its own watermark, as Flink's Kafka source keeps them. */
    private static String watermarks(KafkaSourceNode node, JavaSource java) {
        if (!node.hasEventTime()) {
            return "WatermarkStrategy.noWatermarks()";
        }
        java.use(Duration.class, MessageTimestampAssigner.class);
        Schema schema = node.schema();
        int index = schema.indexOf(node.eventTimeField());
        boolean instant = schema.fields().get(index).type() == FieldType.TIMESTAMP;
        java.comment("event time from '" + node.eventTimeField() + "'; each partition's watermark trails the"
                + " largest time read from it by " + node.maxOutOfOrdernessMs() + " ms");
        String strategy = "WatermarkStrategy.<Row>forBoundedOutOfOrderness(Duration.ofMillis("
                + JavaSource.literal(node.maxOutOfOrdernessMs()) + "))"
                + "\n.withTimestampAssigner(new MessageTimestampAssigner(" + index + ", " + instant + "))";
        if (node.idleTimeoutMs() > 0) {
            strategy += "\n.withIdleness(Duration.ofMillis(" + JavaSource.literal(node.idleTimeoutMs()) + "))";
        }
        return java.declare("WatermarkStrategy<Row>", node, "watermarks", strategy);
    }

    /** The rows the source hands on: the rejection reason and text, then the node's fields. */
    private static Schema withLeadingColumns(Schema schema) {
        List<Field> all = new ArrayList<>();
        all.add(new Field(unused(schema, "rejected_reason"), FieldType.STRING));
        all.add(new Field(unused(schema, "rejected_text"), FieldType.STRING));
        all.addAll(schema.fields());
        return new Schema(all);
    }

    /** Row type names must be unique: the name, with underscores added while a field has it. */
    private static String unused(Schema schema, String name) {
        return schema.names().contains(name) ? unused(schema, name + "_") : name;
    }

    private static String startingOffsets(KafkaSourceNode node) {
        switch (node.startingOffsets()) {
            case LATEST:
                return "OffsetsInitializer.latest()";
            case COMMITTED:
                return "KafkaReading.committedElseEarliest()";
            case TIMESTAMP:
                return "OffsetsInitializer.timestamp(" + JavaSource.literal(node.startTimestampMs()) + ")";
            case EARLIEST:
            default:
                return "OffsetsInitializer.earliest()";
        }
    }

    /** The node's group, or one named after the pipeline and the node, so two pipelines never share one. */
    static String groupId(KafkaSourceNode node, JavaSource java) {
        if (hasText(node.groupId())) {
            return node.groupId();
        }
        return KafkaIds.of(node.id(), java);
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
