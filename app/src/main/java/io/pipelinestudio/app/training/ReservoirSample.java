package io.pipelinestudio.app.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A uniform sample of at most {@code capacity} rows of a stream of any length (reservoir sampling), so a
 * scatter of the training data stays small however much data flows. Not thread-safe: its owner guards it.
 */
final class ReservoirSample {
    private final int capacity;
    private final List<double[]> rows = new ArrayList<>();
    // a fixed seed: the same data shows the same sample
    private final Random random = new Random(7);
    private long seen;

    ReservoirSample(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("Expected a capacity of at least 1 row but found " + capacity);
        }
        this.capacity = capacity;
    }

    void add(double[] row) {
        seen++;
        if (rows.size() < capacity) {
            rows.add(row);
        } else {
            long slot = (long) (random.nextDouble() * seen);
            if (slot < capacity) {
                rows.set((int) slot, row);
            }
        }
    }

    long seen() {
        return seen;
    }

    int size() {
        return rows.size();
    }

    List<double[]> copy() {
        return List.copyOf(rows);
    }
}
