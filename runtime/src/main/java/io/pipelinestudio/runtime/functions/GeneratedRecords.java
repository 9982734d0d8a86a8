package io.pipelinestudio.runtime.functions;

import java.time.Instant;
import org.apache.flink.api.connector.source.SourceReaderContext;
import org.apache.flink.connector.datagen.source.GeneratorFunction;
import org.apache.flink.types.Row;

/**
 * The generator node's records, each a pure function of its sequence number and the seed, so every
 * run, mode and parallelism produces the same records.
 *
 * <p>Flink's generator gives each parallel instance one contiguous range of sequence numbers. Without end,
 * the ranges are billions of billions apart, and the second instance's event times would lie beyond any
 * window; so an unbounded generator numbers its records across its instances, instance {@code k} of
 * {@code p} taking the ids {@code k, k + p, k + 2p, ...}, from its position in its own range. Event time
 * then advances on every instance together, and a restored instance goes on from where its range stands.
 */
public final class GeneratedRecords implements GeneratorFunction<Long, Row> {
    private static final long serialVersionUID = 1L;
    private final int keys;
    private final long startTimeMs;
    private final long timeStepMs;
    private final long disorderMs;
    private final long seed;
    private final String[] keyNames;
    private final long count;
    private transient int instances;
    private transient long rangeLength;

    /** {@code count}: the records the source generates, {@link Long#MAX_VALUE} when it has no end. */
    public GeneratedRecords(int keys, long startTimeMs, long timeStepMs, long disorderMs, long seed, long count) {
        this.keys = keys;
        this.startTimeMs = startTimeMs;
        this.timeStepMs = timeStepMs;
        this.disorderMs = disorderMs;
        this.seed = seed;
        this.count = count;
        this.keyNames = new String[keys];
        for (int i = 0; i < keys; i++) {
            keyNames[i] = "key-" + i;
        }
    }

    @Override
    public void open(SourceReaderContext reader) {
        instances = count == Long.MAX_VALUE ? Math.max(1, reader.currentParallelism()) : 1;
        rangeLength = count / instances;
    }

    @Override
    public Row map(Long sequence) {
        long id = idOf(sequence);
        long hash = mix(id ^ seed);
        String key = keyNames[(int) Long.remainderUnsigned(hash, keys)];
        long delay = disorderMs == 0 ? 0 : Long.remainderUnsigned(mix(hash), disorderMs + 1);
        long timestamp = startTimeMs + id * timeStepMs - delay;
        double value = (mix(hash + 1) >>> 11) * 0x1.0p-53 * 100.0;
        return Row.of(id, key, Instant.ofEpochMilli(timestamp), value);
    }

    /** The record's id: its sequence number, or, unbounded on several instances, its place across them. */
    long idOf(long sequence) {
        if (instances <= 1) {
            return sequence;
        }
        // the range's own index and the position in it; a range may start a few numbers later than
        // k * length when the count does not divide evenly, which shifts that instance by a few ids only
        long range = Math.min(sequence / rangeLength, instances - 1);
        return (sequence - range * rangeLength) * instances + range;
    }

    /** SplitMix64's finalizer: a cheap, well-distributed hash of a long. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
