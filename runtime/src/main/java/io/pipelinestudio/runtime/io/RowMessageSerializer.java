package io.pipelinestudio.runtime.io;

import java.nio.charset.StandardCharsets;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.flink.types.Row;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Turns a row into one Kafka message for a topic: the value as the encoder writes it, the key as the
 * text of one field (so equal keys land in one partition, in order), or no key.
 */
public final class RowMessageSerializer implements KafkaRecordSerializationSchema<Row> {
    private static final long serialVersionUID = 1L;
    private final String topic;
    private final LineEncoder<Row> value;
    private final int keyField;

    /** {@code keyField}: the position of the key's field, or -1 for messages without a key. */
    public RowMessageSerializer(String topic, LineEncoder<Row> value, int keyField) {
        this.topic = topic;
        this.value = value;
        this.keyField = keyField;
    }

    @Override
    public ProducerRecord<byte[], byte[]> serialize(Row row, KafkaSinkContext context, Long timestamp) {
        Object key = keyField < 0 ? null : row.getField(keyField);
        return new ProducerRecord<>(topic, null, timestamp,
                key == null ? null : key.toString().getBytes(StandardCharsets.UTF_8),
                value.encode(row).getBytes(StandardCharsets.UTF_8));
    }
}
