package io.pipelinestudio.runtime.io;

import java.nio.charset.StandardCharsets;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.flink.types.Row;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Parses each Kafka record inside the source, so that event time can be read from a field there and
 * watermarks follow each partition. It never throws over a bad message, which would fail the whole
 * job: it hands on a parsed row with two leading columns, null on success, or the reason (with the
 * topic, partition and offset) and the message text for the next operator to reject.
 */
public final class KafkaRecordParser implements KafkaRecordDeserializationSchema<Row> {
    /** The leading columns: the rejection reason and the rejected text, both null for a good record. */
    public static final int REASON = 0;
    public static final int TEXT = 1;
    public static final int FIRST_FIELD = 2;
    private static final long serialVersionUID = 1L;
    private final DelimitedParser lines;
    private final JsonRecordParser objects;
    private final boolean withKey;
    private final boolean withTimestamp;
    private final TypeInformation<Row> producedType;

    /**
     * Exactly one of {@code lines} and {@code objects} is given: the message format's parser.
     * {@code producedType}: the two leading string columns, then the node's schema.
     */
    public KafkaRecordParser(DelimitedParser lines, JsonRecordParser objects, boolean withKey, boolean withTimestamp,
            TypeInformation<Row> producedType) {
        if ((lines == null) == (objects == null)) {
            throw new IllegalArgumentException("Expected one parser, for csv or for json, but got "
                    + (lines == null ? "none" : "both"));
        }
        this.lines = lines;
        this.objects = objects;
        this.withKey = withKey;
        this.withTimestamp = withTimestamp;
        this.producedType = producedType;
    }

    @Override
    public void deserialize(ConsumerRecord<byte[], byte[]> record, Collector<Row> out) {
        int declared = lines != null ? lines.arity() : objects.arity();
        Row row = Row.withPositions(FIRST_FIELD + declared + (withKey ? 1 : 0) + (withTimestamp ? 1 : 0));
        String where = record.topic() + "/" + record.partition() + "@" + record.offset();
        if (record.value() == null) {
            row.setField(REASON, where + ": the message has no value");
            row.setField(TEXT, "");
            out.collect(row);
            return;
        }
        String value = new String(record.value(), StandardCharsets.UTF_8);
        String error = lines != null ? lines.parseInto(value, row, FIRST_FIELD)
                : objects.parseInto(value, row, FIRST_FIELD);
        if (error != null) {
            // the fields parsed so far are left behind: the next operator keeps only the reason and text
            Row rejected = Row.withPositions(row.getArity());
            rejected.setField(REASON, where + ": " + error);
            rejected.setField(TEXT, value);
            out.collect(rejected);
            return;
        }
        int position = FIRST_FIELD + declared;
        if (withKey) {
            // a message without a key reads as an empty key, as an empty CSV column does
            row.setField(position++, record.key() == null ? "" : new String(record.key(), StandardCharsets.UTF_8));
        }
        if (withTimestamp) {
            row.setField(position, record.timestamp());
        }
        out.collect(row);
    }

    @Override
    public TypeInformation<Row> getProducedType() {
        return producedType;
    }
}
