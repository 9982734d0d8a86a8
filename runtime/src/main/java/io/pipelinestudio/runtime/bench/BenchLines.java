package io.pipelinestudio.runtime.bench;

import org.apache.flink.connector.datagen.source.GeneratorFunction;

/** Generates {@code key,timestamp_ms} lines in the job itself: one record per millisecond, keys round-robin. */
final class BenchLines implements GeneratorFunction<Long, String> {
    static final long START_MS = 1_700_000_000_000L;
    private static final long serialVersionUID = 1L;
    private final String[] keys;

    BenchLines(int keyCount) {
        keys = new String[keyCount];
        for (int i = 0; i < keyCount; i++) {
            keys[i] = "key-" + i;
        }
    }

    @Override
    public String map(Long sequence) {
        long i = sequence;
        return keys[(int) (i % keys.length)] + "," + (START_MS + i);
    }
}
