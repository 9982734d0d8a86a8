package io.pipelinestudio.runtime.functions;

import java.time.Instant;
import org.apache.flink.connector.datagen.source.GeneratorFunction;
import org.apache.flink.types.Row;

/**
 * The generator node's records, each a pure function of its sequence number and the seed, so every
 * run, mode and parallelism produces the same records.
 */
public final class GeneratedRecords implements GeneratorFunction<Long, Row> {
    private static final long serialVersionUID = 1L;
    private final int keys;
    private final long startTimeMs;
    private final long timeStepMs;
    private final long disorderMs;
    private final long seed;
    private final String[] keyNames;

    public GeneratedRecords(int keys, long startTimeMs, long timeStepMs, long disorderMs, long seed) {
        this.keys = keys;
        this.startTimeMs = startTimeMs;
        this.timeStepMs = timeStepMs;
        this.disorderMs = disorderMs;
        this.seed = seed;
        this.keyNames = new String[keys];
        for (int i = 0; i < keys; i++) {
            keyNames[i] = "key-" + i;
        }
    }

    @Override
    public Row map(Long sequence) {
        long id = sequence;
        long hash = mix(id ^ seed);
        String key = keyNames[(int) Long.remainderUnsigned(hash, keys)];
        long delay = disorderMs == 0 ? 0 : Long.remainderUnsigned(mix(hash), disorderMs + 1);
        long timestamp = startTimeMs + id * timeStepMs - delay;
        double value = (mix(hash + 1) >>> 11) * 0x1.0p-53 * 100.0;
        return Row.of(id, key, Instant.ofEpochMilli(timestamp), value);
    }

    /** SplitMix64's finalizer: a cheap, well-distributed hash of a long. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
