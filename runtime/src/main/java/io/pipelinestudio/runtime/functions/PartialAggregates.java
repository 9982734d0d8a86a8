package io.pipelinestudio.runtime.functions;

import org.apache.flink.api.common.functions.MapFunction;
import org.apache.flink.api.common.typeinfo.PrimitiveArrayTypeInfo;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.functions.KeySelector;
import org.apache.flink.types.Row;

/**
 * The records between the two halves of a split aggregate: a row of the key, the accumulator's count,
 * long and double slots, and, for a record sent alone because it may be late, the record itself (else
 * null). A typed row, so Flink serializes it field by field, never with Kryo.
 */
public final class PartialAggregates {
    static final int KEY = 0;
    static final int COUNT = 1;
    static final int LONGS = 2;
    static final int DOUBLES = 3;
    static final int RECORD = 4;

    private PartialAggregates() {}

    /** The type of partial results for keys of {@code keyType} and records of {@code recordType}. */
    public static TypeInformation<Row> type(TypeInformation<?> keyType, TypeInformation<Row> recordType) {
        return Types.ROW_NAMED(new String[] {"key", "count", "longs", "doubles", "record"}, keyType, Types.LONG,
                PrimitiveArrayTypeInfo.LONG_PRIMITIVE_ARRAY_TYPE_INFO,
                PrimitiveArrayTypeInfo.DOUBLE_PRIMITIVE_ARRAY_TYPE_INFO, recordType);
    }

    static Row of(Object key, Accumulator acc, Row record) {
        Row partial = Row.withPositions(5);
        partial.setField(KEY, key);
        partial.setField(COUNT, acc.count);
        partial.setField(LONGS, acc.longs);
        partial.setField(DOUBLES, acc.doubles);
        partial.setField(RECORD, record);
        return partial;
    }

    /** Folds a partial result into {@code acc}. */
    static Accumulator mergeInto(AggregateSpec spec, Accumulator acc, Row partial) {
        return spec.merge(acc, (Long) partial.getField(COUNT), (long[]) partial.getField(LONGS),
                (double[]) partial.getField(DOUBLES));
    }

    /** Keys partial results by the key they were made for: the same key as the unsplit records had. */
    public static final class Key implements KeySelector<Row, Object> {
        private static final long serialVersionUID = 1L;

        @Override
        public Object getKey(Row partial) {
            return partial.getField(KEY);
        }
    }

    /** The record a late partial stands for: only records sent alone can be late. */
    public static final class LateRecord implements MapFunction<Row, Row> {
        private static final long serialVersionUID = 1L;
        private final String nodeId;

        public LateRecord(String nodeId) {
            this.nodeId = nodeId;
        }

        @Override
        public Row map(Row partial) {
            Row record = (Row) partial.getField(RECORD);
            if (record == null) {
                throw new IllegalStateException(nodeId + ": a partial result of several records arrived late, which"
                        + " the pre-aggregation is built to prevent; please report this with the pipeline");
            }
            return record;
        }
    }

    /** The second half: merges partial results into the window's accumulator. */
    public static final class Merge extends AccumulatingFunction<Row> {
        private static final long serialVersionUID = 1L;

        public Merge(AggregateSpec spec) {
            super(spec);
        }

        @Override
        public Accumulator add(Row partial, Accumulator acc) {
            return mergeInto(spec, acc, partial);
        }
    }
}
