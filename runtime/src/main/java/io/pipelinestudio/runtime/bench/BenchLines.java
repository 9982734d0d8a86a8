package io.pipelinestudio.runtime.bench;

import org.apache.flink.connector.datagen.source.GeneratorFunction;

/**
 * Generates {@code key,timestamp_ms} lines in the job itself, or {@code key,timestamp_ms,value} lines with a
 * whole-number value from 0 to 999: one record per millisecond, keys round-robin.
 */
final class BenchLines implements GeneratorFunction<Long, String> {
    static final long START_MS = 1_700_000_000_000L;
    private static final long serialVersionUID = 1L;
    private final String[] keys;
    private final boolean values;

    BenchLines(int keyCount) {
        this(keyCount, false);
    }

    BenchLines(int keyCount, boolean values) {
        keys = new String[keyCount];
        for (int i = 0; i < keyCount; i++) {
            keys[i] = "key-" + i;
        }
        this.values = values;
    }

    @Override
    public String map(Long sequence) {
        return line(sequence);
    }

    String line(long i) {
        String line = keys[(int) (i % keys.length)] + "," + (START_MS + i);
        return values ? line + "," + (i * 7_919 % 1_000) : line;
    }
}
