package io.pipelinestudio.runtime.functions;

import io.pipelinestudio.model.node.AggregateFunction;
import io.pipelinestudio.model.node.Aggregation;
import io.pipelinestudio.model.schema.FieldType;
import io.pipelinestudio.model.schema.Schema;
import java.io.Serializable;
import java.util.List;
import org.apache.flink.types.Row;

/**
 * The aggregates of a reduce or window node, resolved to field indexes and accumulator slots once at
 * compile time, so that adding a record is a loop over int op codes.
 */
public final class AggregateSpec implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int COUNT = 0;
    private static final int SUM_LONG = 1;
    private static final int SUM_DOUBLE = 2;
    private static final int MIN_LONG = 3;
    private static final int MIN_DOUBLE = 4;
    private static final int MAX_LONG = 5;
    private static final int MAX_DOUBLE = 6;
    private static final int AVG_LONG = 7;
    private static final int AVG_DOUBLE = 8;

    private final int[] ops;
    private final int[] fields;
    private final int[] slots;
    private final int longSlots;
    private final int doubleSlots;

    public AggregateSpec(List<Aggregation> aggregations, Schema input) {
        int n = aggregations.size();
        ops = new int[n];
        fields = new int[n];
        slots = new int[n];
        int longs = 0;
        int doubles = 0;
        for (int i = 0; i < n; i++) {
            Aggregation aggregation = aggregations.get(i);
            boolean isDouble = aggregation.function() != AggregateFunction.COUNT
                    && input.field(aggregation.field()).orElseThrow().type() == FieldType.DOUBLE;
            fields[i] = aggregation.function() == AggregateFunction.COUNT ? -1 : input.indexOf(aggregation.field());
            ops[i] = opCode(aggregation.function(), isDouble);
            boolean doubleSlot = isDouble || aggregation.function() == AggregateFunction.AVG;
            slots[i] = doubleSlot ? doubles++ : longs++;
        }
        longSlots = longs;
        doubleSlots = doubles;
    }

    private static int opCode(AggregateFunction function, boolean isDouble) {
        switch (function) {
            case COUNT:
                return COUNT;
            case SUM:
                return isDouble ? SUM_DOUBLE : SUM_LONG;
            case MIN:
                return isDouble ? MIN_DOUBLE : MIN_LONG;
            case MAX:
                return isDouble ? MAX_DOUBLE : MAX_LONG;
            case AVG:
                return isDouble ? AVG_DOUBLE : AVG_LONG;
            default:
                throw new IllegalArgumentException("Expected a known aggregate function but found " + function);
        }
    }

    public int size() {
        return ops.length;
    }

    public Accumulator create() {
        Accumulator acc = new Accumulator(longSlots, doubleSlots);
        for (int i = 0; i < ops.length; i++) {
            switch (ops[i]) {
                case MIN_LONG:
                    acc.longs[slots[i]] = Long.MAX_VALUE;
                    break;
                case MAX_LONG:
                    acc.longs[slots[i]] = Long.MIN_VALUE;
                    break;
                case MIN_DOUBLE:
                    acc.doubles[slots[i]] = Double.POSITIVE_INFINITY;
                    break;
                case MAX_DOUBLE:
                    acc.doubles[slots[i]] = Double.NEGATIVE_INFINITY;
                    break;
                default:
                    break;
            }
        }
        return acc;
    }

    public void add(Accumulator acc, Row row) {
        acc.count++;
        for (int i = 0; i < ops.length; i++) {
            int slot = slots[i];
            switch (ops[i]) {
                case COUNT:
                    break;
                case SUM_LONG:
                    acc.longs[slot] += (Long) row.getField(fields[i]);
                    break;
                case SUM_DOUBLE:
                case AVG_DOUBLE:
                    acc.doubles[slot] += (Double) row.getField(fields[i]);
                    break;
                case AVG_LONG:
                    acc.doubles[slot] += (Long) row.getField(fields[i]);
                    break;
                case MIN_LONG:
                    acc.longs[slot] = Math.min(acc.longs[slot], (Long) row.getField(fields[i]));
                    break;
                case MAX_LONG:
                    acc.longs[slot] = Math.max(acc.longs[slot], (Long) row.getField(fields[i]));
                    break;
                case MIN_DOUBLE:
                    acc.doubles[slot] = Math.min(acc.doubles[slot], (Double) row.getField(fields[i]));
                    break;
                case MAX_DOUBLE:
                    acc.doubles[slot] = Math.max(acc.doubles[slot], (Double) row.getField(fields[i]));
                    break;
                default:
                    throw new IllegalStateException("Unexpected op code " + ops[i]);
            }
        }
    }

    /** Folds {@code other} into {@code acc}; session windows merge this way. */
    public Accumulator merge(Accumulator acc, Accumulator other) {
        return merge(acc, other.count, other.longs, other.doubles);
    }

    /** Folds the parts of another accumulator into {@code acc}: a partial result of a split aggregate. */
    public Accumulator merge(Accumulator acc, long count, long[] longs, double[] doubles) {
        acc.count += count;
        for (int i = 0; i < ops.length; i++) {
            int slot = slots[i];
            switch (ops[i]) {
                case COUNT:
                    break;
                case SUM_LONG:
                    acc.longs[slot] += longs[slot];
                    break;
                case SUM_DOUBLE:
                case AVG_DOUBLE:
                case AVG_LONG:
                    acc.doubles[slot] += doubles[slot];
                    break;
                case MIN_LONG:
                    acc.longs[slot] = Math.min(acc.longs[slot], longs[slot]);
                    break;
                case MAX_LONG:
                    acc.longs[slot] = Math.max(acc.longs[slot], longs[slot]);
                    break;
                case MIN_DOUBLE:
                    acc.doubles[slot] = Math.min(acc.doubles[slot], doubles[slot]);
                    break;
                case MAX_DOUBLE:
                    acc.doubles[slot] = Math.max(acc.doubles[slot], doubles[slot]);
                    break;
                default:
                    throw new IllegalStateException("Unexpected op code " + ops[i]);
            }
        }
        return acc;
    }

    /** Writes the aggregate values into {@code row} from position {@code offset}. */
    public void writeResults(Accumulator acc, Row row, int offset) {
        for (int i = 0; i < ops.length; i++) {
            int slot = slots[i];
            Object value;
            switch (ops[i]) {
                case COUNT:
                    value = acc.count;
                    break;
                case SUM_LONG:
                case MIN_LONG:
                case MAX_LONG:
                    value = acc.longs[slot];
                    break;
                case AVG_LONG:
                case AVG_DOUBLE:
                    value = acc.doubles[slot] / acc.count;
                    break;
                default:
                    value = acc.doubles[slot];
                    break;
            }
            row.setField(offset + i, value);
        }
    }
}
