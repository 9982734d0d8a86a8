package io.pipelinestudio.runtime.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Text lines into and out of a Kafka topic, one message value per line: for the command line and tests. */
public final class KafkaLines {
    private static final Duration POLL_STEP = Duration.ofMillis(200);

    private KafkaLines() {}

    /** Writes each line as one message (value only) and waits until all are acknowledged; returns how many. */
    public static int produce(String bootstrap, String topic, List<String> lines) {
        // a producer waits max.block.ms for metadata without saying why; asking first names the real problem
        KafkaClients.requireReachable(bootstrap);
        Properties props = KafkaClients.settings(bootstrap);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "30000");
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "30000");
        try (KafkaProducer<byte[], String> producer =
                     new KafkaProducer<>(props, new ByteArraySerializer(), new StringSerializer())) {
            List<Future<RecordMetadata>> sent = new ArrayList<>(lines.size());
            for (String line : lines) {
                sent.add(producer.send(new ProducerRecord<>(topic, line)));
            }
            producer.flush();
            for (Future<RecordMetadata> acknowledgement : sent) {
                acknowledgement.get();
            }
            return lines.size();
        } catch (KafkaException | ExecutionException e) {
            throw new KafkaAccessException("cannot write to topic " + topic + " at " + bootstrap + ": "
                    + KafkaClients.rootMessage(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaAccessException("interrupted while writing to topic " + topic, e);
        }
    }

    /**
     * Reads the committed messages of every partition from the beginning, until {@code max} messages or until
     * {@code timeout} passes without a new one; returns their values in partition, then offset order. A topic
     * that does not appear within {@code timeout} reads as empty.
     */
    public static List<String> consumeCommitted(String bootstrap, String topic, int max, Duration timeout) {
        KafkaClients.requireReachable(bootstrap);
        Properties props = KafkaClients.settings(bootstrap);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        // reading must not create the topic a job is about to create with its own partition count
        props.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        try (KafkaConsumer<byte[], String> consumer =
                     new KafkaConsumer<>(props, new ByteArrayDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = awaitPartitions(consumer, topic, timeout);
            if (partitions.isEmpty()) {
                return List.of();
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            return read(consumer, max, timeout);
        } catch (KafkaException e) {
            throw new KafkaAccessException("cannot read topic " + topic + " at " + bootstrap + ": "
                    + KafkaClients.rootMessage(e), e);
        }
    }

    private static List<String> read(KafkaConsumer<byte[], String> consumer, int max, Duration timeout) {
        Map<Integer, List<String>> byPartition = new TreeMap<>();
        int count = 0;
        long lastNews = System.nanoTime();
        while (count < max && System.nanoTime() - lastNews < timeout.toNanos()) {
            for (ConsumerRecord<byte[], String> record : consumer.poll(POLL_STEP)) {
                byPartition.computeIfAbsent(record.partition(), p -> new ArrayList<>()).add(record.value());
                count++;
                lastNews = System.nanoTime();
            }
        }
        return byPartition.values().stream().flatMap(List::stream).limit(max).collect(Collectors.toList());
    }

    private static List<TopicPartition> awaitPartitions(KafkaConsumer<?, ?> consumer, String topic, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        do {
            List<PartitionInfo> infos;
            try {
                infos = consumer.partitionsFor(topic, POLL_STEP.multipliedBy(5));
            } catch (TimeoutException noMetadataYet) {
                infos = List.of();
            }
            if (infos != null && !infos.isEmpty()) {
                return infos.stream().map(info -> new TopicPartition(topic, info.partition()))
                        .sorted((a, b) -> Integer.compare(a.partition(), b.partition()))
                        .collect(Collectors.toList());
            }
            sleep(POLL_STEP);
        } while (System.nanoTime() < deadline);
        return List.of();
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaAccessException("interrupted while waiting for a topic", e);
        }
    }
}
