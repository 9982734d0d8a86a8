package io.pipelinestudio.model.node;

import com.fasterxml.jackson.annotation.JsonTypeName;
import io.pipelinestudio.model.schema.Field;
import io.pipelinestudio.model.schema.FieldType;
import io.pipelinestudio.model.schema.Schema;
import io.pipelinestudio.model.validate.NodeCheck;
import io.pipelinestudio.model.validate.ProblemKind;
import io.pipelinestudio.model.validate.StreamInfo;
import java.util.List;
import java.util.Map;

/**
 * Generates demo records {@code (id, key, timestamp, value)} deterministically from their sequence
 * number: the same settings always give the same records, in any mode and at any parallelism. With a
 * {@code count} it is bounded, without one it runs until cancelled; {@code recordsPerSecond} 0 means as
 * fast as possible. Timestamps advance by {@code timeStepMs} per record, minus a pseudo-random delay of
 * up to {@code disorderMs} to demonstrate out-of-order data.
 */
@JsonTypeName("generator")
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
    public NodeFamily family() {
        return NodeFamily.SOURCE;
    }

    @Override
    public List<String> inputPorts() {
        return List.of();
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
