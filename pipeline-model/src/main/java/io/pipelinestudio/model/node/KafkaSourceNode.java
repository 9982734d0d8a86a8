package io.pipelinestudio.model.node;

import io.pipelinestudio.model.param.Placeholders;
import io.pipelinestudio.model.schema.Field;
import io.pipelinestudio.model.schema.FieldType;
import io.pipelinestudio.model.schema.Schema;
import io.pipelinestudio.model.validate.ExecutionMode;
import io.pipelinestudio.model.validate.NodeCheck;
import io.pipelinestudio.model.validate.ProblemKind;
import io.pipelinestudio.model.validate.StreamInfo;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads records from Kafka topics with Flink's Kafka connector. Each message's value holds one record,
 * as a delimited line (the same declarations and RFC 4180 parsing as the CSV source) or a JSON object;
 * a message that does not parse is rejected with its topic, partition and offset, never fatal. The
 * message key and the Kafka record timestamp can become fields of their own. Event time, when set, is
 * assigned in the source, so that watermarks follow each partition (Flink's per-split watermarks) and a
 * partition read ahead of another makes no record late. A bounded read stops at
 * the offsets that were the latest when the job started, so the same pipeline runs in BATCH mode.
 */
@NodeKind(name = "kafka-source", label = "Kafka", family = NodeFamily.SOURCE, order = 25, icon = "kafka-source",
        description = "Reads typed records from Kafka topics",
        settings = {
            @SettingHelp(name = "bootstrapServers", help = "HOST:PORT of one or more brokers, comma-separated;"
                    + " may use ${parameter} placeholders"),
            @SettingHelp(name = "topics", help = "One topic or several, comma-separated"),
            @SettingHelp(name = "groupId", help = "The consumer group whose offsets are committed with each"
                    + " checkpoint; empty: derived from the node id"),
            @SettingHelp(name = "startingOffsets", help = "Where reading starts: earliest, latest, committed"
                    + " (the group's, else earliest) or timestamp"),
            @SettingHelp(name = "startTimestampMs", help = "With starting offsets 'timestamp': the first record"
                    + " time to read, epoch milliseconds"),
            @SettingHelp(name = "format", help = "csv: the fields in declared order; json: one object per"
                    + " message, fields by name"),
            @SettingHelp(name = "keyField", help = "A string field for each message's key; empty for none"),
            @SettingHelp(name = "timestampField", help = "A whole-number field for each message's Kafka"
                    + " timestamp (epoch milliseconds), for event time; empty for none"),
            @SettingHelp(name = "eventTimeField", help = "The field (declared, or the timestamp field) that"
                    + " gives each record its event time; empty: no event time"),
            @SettingHelp(name = "maxOutOfOrdernessMs", help = "How far records of one partition may arrive out"
                    + " of event-time order"),
            @SettingHelp(name = "idleTimeoutMs", help = "After how long a partition without messages stops"
                    + " holding back watermarks; 0: never"),
            @SettingHelp(name = "bounded", help = "true: stop at the offsets that were the latest when the job"
                    + " started (BATCH mode needs this); false: read until cancelled")},
        help = "A message whose value does not parse goes to the rejected records with its topic, partition"
                + " and offset. With checkpoints, offsets are committed to the consumer group as each"
                + " checkpoint completes; the job's state, not the group, is what a restart resumes from.")
public record KafkaSourceNode(String id, String label, String bootstrapServers, String topics, String groupId,
        StartingOffsets startingOffsets, Long startTimestampMs, MessageFormat format, String delimiter,
        List<Field> fields, String keyField, String timestampField, String eventTimeField, long maxOutOfOrdernessMs,
        long idleTimeoutMs, String bounded) implements Node {
    public KafkaSourceNode {
        Nodes.requireId(id);
        startingOffsets = startingOffsets == null ? StartingOffsets.EARLIEST : startingOffsets;
        format = format == null ? MessageFormat.CSV : format;
        delimiter = Nodes.orDefault(delimiter, ",");
        fields = Nodes.list(fields);
        bounded = Nodes.orDefault(bounded, "false");
    }

    @Override
    public List<String> inputPorts() {
        return List.of();
    }

    /** The topic names, trimmed, without empty entries. */
    public List<String> topicList() {
        return topics == null ? List.of()
                : Arrays.stream(topics.split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList();
    }

    /** Whether the read stops; false while {@code bounded} is still a placeholder. */
    public boolean stops() {
        return bounded.strip().equalsIgnoreCase("true");
    }

    /** The declared fields, then the key field and the timestamp field where they are set. */
    public Schema schema() {
        List<Field> all = new ArrayList<>(fields);
        if (hasText(keyField)) {
            all.add(new Field(keyField, FieldType.STRING));
        }
        if (hasText(timestampField)) {
            all.add(new Field(timestampField, FieldType.LONG));
        }
        return new Schema(all);
    }

    @Override
    public List<String> kafkaClusters() {
        return hasText(bootstrapServers) ? List.of(bootstrapServers) : List.of();
    }

    @Override
    public Set<ExecutionMode> supportedModes() {
        // BATCH mode waits for the end of its input, which an unbounded read never reaches
        return stops() ? EnumSet.allOf(ExecutionMode.class) : EnumSet.of(ExecutionMode.STREAMING);
    }

    @Override
    public Map<String, StreamInfo> infer(Map<String, StreamInfo> inputs, NodeCheck check) {
        check.notBlank(bootstrapServers == null ? null : bootstrapServers.strip(), "the bootstrap server list");
        if (topicList().isEmpty()) {
            check.error(ProblemKind.BAD_PARAMETER, "name at least one topic");
        }
        if (startingOffsets == StartingOffsets.TIMESTAMP && (startTimestampMs == null || startTimestampMs < 0)) {
            check.error(ProblemKind.BAD_PARAMETER,
                    "starting offsets 'timestamp' needs a start timestamp (epoch milliseconds, not negative)");
        }
        if (format == MessageFormat.CSV) {
            CsvSourceNode.checkDelimiter(delimiter, check);
        }
        if (fields.isEmpty()) {
            check.error(ProblemKind.BAD_PARAMETER, "declare at least one field of the messages' records");
        }
        String flag = bounded.strip().toLowerCase(Locale.ROOT);
        if (Placeholders.names(bounded).isEmpty() && !flag.equals("true") && !flag.equals("false")) {
            check.error(ProblemKind.BAD_PARAMETER, "bounded must be true or false but is '" + bounded + "'");
        }
        check.uniqueNames(schema().names(), "the schema (declared fields, key field and timestamp field)");
        check.duration(maxOutOfOrdernessMs, "the maximum out-of-orderness");
        check.duration(idleTimeoutMs, "the idle timeout");
        StreamInfo out = StreamInfo.of(schema(), stops());
        if (hasEventTime()) {
            check.field(schema(), eventTimeField, "the event time field", EnumSet.of(FieldType.LONG, FieldType.TIMESTAMP));
            out = out.withEventTime();
        }
        return Map.of(OUT, out);
    }

    public boolean hasEventTime() {
        return hasText(eventTimeField);
    }

    static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
