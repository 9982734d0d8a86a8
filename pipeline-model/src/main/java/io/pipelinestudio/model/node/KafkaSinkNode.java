package io.pipelinestudio.model.node;

import io.pipelinestudio.model.validate.NodeCheck;
import io.pipelinestudio.model.validate.StreamInfo;
import java.util.List;
import java.util.Map;

/**
 * Writes each record as one Kafka message with Flink's Kafka connector: a delimited line or a JSON
 * object, keyed by a field's value when one is named. Exactly-once delivery writes in transactions that
 * commit with checkpoints; their transactional ids start with the job name and the node id, so two
 * sinks never fence each other.
 */
@NodeKind(name = "kafka-sink", label = "Kafka", family = NodeFamily.SINK, order = 155, icon = "kafka-sink",
        description = "Writes records to a Kafka topic",
        settings = {
            @SettingHelp(name = "bootstrapServers", help = "HOST:PORT of one or more brokers, comma-separated;"
                    + " may use ${parameter} placeholders"),
            @SettingHelp(name = "topic", help = "The topic written to"),
            @SettingHelp(name = "format", help = "csv: the fields in order as a delimited line; json: one"
                    + " object per message"),
            @SettingHelp(name = "keyField", help = "The field whose value keys each message (and so picks its"
                    + " partition); empty: no key"),
            @SettingHelp(name = "delivery", help = "none, at-least-once, or exactly-once (Kafka transactions"
                    + " committed with each checkpoint; readers need isolation.level=read_committed)")})
public record KafkaSinkNode(String id, String label, String bootstrapServers, String topic, MessageFormat format,
        String delimiter, String keyField, DeliveryGuarantee delivery) implements SinkNode {
    public KafkaSinkNode {
        Nodes.requireId(id);
        format = format == null ? MessageFormat.CSV : format;
        delimiter = Nodes.orDefault(delimiter, ",");
        delivery = delivery == null ? DeliveryGuarantee.AT_LEAST_ONCE : delivery;
    }

    @Override
    public List<String> kafkaClusters() {
        return KafkaSourceNode.hasText(bootstrapServers) ? List.of(bootstrapServers) : List.of();
    }

    @Override
    public java.util.Optional<String> needsCheckpoints() {
        return delivery == DeliveryGuarantee.EXACTLY_ONCE
                ? java.util.Optional.of("exactly-once delivery commits its Kafka transactions with each checkpoint,"
                        + " so without checkpoints read_committed readers never see what it writes")
                : java.util.Optional.empty();
    }

    @Override
    public Map<String, StreamInfo> infer(Map<String, StreamInfo> inputs, NodeCheck check) {
        check.notBlank(bootstrapServers == null ? null : bootstrapServers.strip(), "the bootstrap server list");
        check.notBlank(topic == null ? null : topic.strip(), "the topic");
        if (format == MessageFormat.CSV) {
            CsvSourceNode.checkDelimiter(delimiter, check);
        }
        if (KafkaSourceNode.hasText(keyField)) {
            check.field(inputs.get(IN).schema(), keyField, "the key field");
        }
        return Map.of();
    }
}
