package io.pipelinestudio.model.node;

import io.pipelinestudio.model.schema.Field;
import io.pipelinestudio.model.schema.FieldType;
import io.pipelinestudio.model.schema.Schema;
import io.pipelinestudio.model.validate.ExecutionMode;
import io.pipelinestudio.model.validate.NodeCheck;
import io.pipelinestudio.model.validate.ProblemKind;
import io.pipelinestudio.model.validate.StreamInfo;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Generates demo records {@code (id, key, timestamp, value)} deterministically from their sequence
 * number: the same settings always give the same records, in any mode and at any parallelism. With a
 * {@code count} it is bounded, without one it runs until cancelled; {@code recordsPerSecond} 0 means as
 * fast as possible. Timestamps advance by {@code timeStepMs} per record, minus a pseudo-random delay of
 * up to {@code disorderMs} to demonstrate out-of-order data.
 */
@NodeKind(name = "generator", label = "Generator", family = NodeFamily.SOURCE, order = 20, icon = "generator",
        description = "Generates demo records (id, key, timestamp, value)",
        settings = {
            @SettingHelp(name = "count", help = "How many records to generate; empty for an unbounded stream"),
            @SettingHelp(name = "recordsPerSecond", help = "Generation rate; 0 for as fast as possible")})
public record GeneratorSourceNode(String id, String label, Long count, double recordsPerSecond, int keys,
        long startTimeMs, long timeStepMs, long disorderMs, long seed) implements Node {
    public static final Schema SCHEMA = Schema.of(
            new Field("id", FieldType.LONG),
            new Field("key", FieldType.STRING),
            new Field("timestamp", FieldType.TIMESTAMP),
            new Field("value", FieldType.DOUBLE));

    public GeneratorSourceNode {
        Nodes.requireId(id);
    }

    public boolean bounded() {
        return count != null;
    }

    @Override
    public List<String> inputPorts() {
        return List.of();
    }

    @Override
    public Set<ExecutionMode> supportedModes() {
        // without a count it never ends, and BATCH mode waits for the end of its input
        return bounded() ? EnumSet.allOf(ExecutionMode.class) : EnumSet.of(ExecutionMode.STREAMING);
    }

    @Override
    public Map<String, StreamInfo> infer(Map<String, StreamInfo> inputs, NodeCheck check) {
        if (count != null) {
            check.notNegative(count, "the record count");
        }
        if (recordsPerSecond < 0 || Double.isNaN(recordsPerSecond)) {
            check.error(ProblemKind.BAD_PARAMETER,
                    "records per second must be 0 (unlimited) or more but is " + recordsPerSecond);
        }
        check.positive(keys, "the number of keys");
        check.notNegative(timeStepMs, "the time step");
        check.notNegative(disorderMs, "the disorder");
        return Map.of(OUT, StreamInfo.of(SCHEMA, bounded()));
    }
}
