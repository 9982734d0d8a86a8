package io.pipelinestudio.runtime.io;

import java.util.Arrays;
import org.apache.flink.connector.kafka.source.KafkaSourceBuilder;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;

/** The few Kafka source settings that a plain builder call cannot say in generated code. */
public final class KafkaReading {
    private KafkaReading() {}

    /** The topics of a comma-separated list, trimmed, without empty entries. */
    public static String[] topics(String list) {
        return Arrays.stream(list.split(",")).map(String::strip).filter(t -> !t.isEmpty()).toArray(String[]::new);
    }

    /** The consumer group's committed offsets, or the earliest where the group has committed none. */
    @SuppressWarnings("deprecation") // kafka-clients 4 deprecates the enum that the connector still takes
    public static OffsetsInitializer committedElseEarliest() {
        return OffsetsInitializer.committedOffsets(org.apache.kafka.clients.consumer.OffsetResetStrategy.EARLIEST);
    }

    /**
     * Stops reading at the offsets that are the latest when the job starts, when {@code bounded} says
     * {@code true}; for a bounded setting that is a parameter, known only when the job starts.
     */
    public static <T> KafkaSourceBuilder<T> stopAtLatestIf(String bounded, KafkaSourceBuilder<T> builder) {
        return Boolean.parseBoolean(bounded.strip()) ? builder.setBounded(OffsetsInitializer.latest()) : builder;
    }
}
