package io.pipelinestudio.runtime.train;

import java.util.Arrays;

/**
 * Training examples held row by row in one growable primitive array: compact (no object per example)
 * and swept sequentially, epoch after epoch.
 */
final class Examples {
    private final int features;
    private double[] values;
    private double[] labels;
    private int size;

    Examples(int features, int capacity) {
        this.features = features;
        this.values = new double[Math.max(16, capacity) * features];
        this.labels = new double[Math.max(16, capacity)];
    }

    void add(double[] x, double y) {
        if (size == labels.length) {
            labels = Arrays.copyOf(labels, labels.length * 2);
            values = Arrays.copyOf(values, labels.length * features);
        }
        System.arraycopy(x, 0, values, size * features, features);
        labels[size] = y;
        size++;
    }

    int size() {
        return size;
    }

    int features() {
        return features;
    }

    /** Feature {@code j} of example {@code i}. */
    double x(int j, int i) {
        return values[i * features + j];
    }

    void setX(int j, int i, double value) {
        values[i * features + j] = value;
    }

    /** The features of all examples, row after row: example {@code i} starts at {@code i * features()}. */
    double[] values() {
        return values;
    }

    double[] labels() {
        return labels;
    }

    void clear() {
        size = 0;
    }

    /**
     * Reorders the examples canonically, so that sums over them, and so the trained weights, do not depend
     * on the order in which parallel inputs delivered them: by a hash of their contents, ties (in the hash
     * bits kept) broken by the contents themselves.
     */
    void sortCanonically() {
        int indexBits = 64 - Long.numberOfLeadingZeros(Math.max(1, size - 1));
        long indexMask = (1L << indexBits) - 1;
        long[] keys = new long[size];
        for (int i = 0; i < size; i++) {
            keys[i] = (hash(i) & ~indexMask) | i;
        }
        Arrays.sort(keys);
        int[] order = new int[size];
        for (int i = 0; i < size; i++) {
            order[i] = (int) (keys[i] & indexMask);
        }
        for (int start = 0; start < size; ) {
            int end = start + 1;
            while (end < size && (keys[end] & ~indexMask) == (keys[start] & ~indexMask)) {
                end++;
            }
            if (end - start > 1) {
                sortByContents(order, start, end);
            }
            start = end;
        }
        double[] sortedValues = new double[values.length];
        double[] sortedLabels = new double[labels.length];
        for (int i = 0; i < size; i++) {
            System.arraycopy(values, order[i] * features, sortedValues, i * features, features);
            sortedLabels[i] = labels[order[i]];
        }
        values = sortedValues;
        labels = sortedLabels;
    }

    private long hash(int i) {
        long h = Double.doubleToLongBits(labels[i]) * 0x9E3779B97F4A7C15L;
        for (int j = 0; j < features; j++) {
            h = (h ^ Double.doubleToLongBits(values[i * features + j])) * 0xBF58476D1CE4E5B9L;
            h ^= h >>> 29;
        }
        return h;
    }

    private void sortByContents(int[] order, int from, int to) {
        Integer[] run = new Integer[to - from];
        for (int k = from; k < to; k++) {
            run[k - from] = order[k];
        }
        Arrays.sort(run, (a, b) -> {
            int c = Double.compare(labels[a], labels[b]);
            for (int j = 0; c == 0 && j < features; j++) {
                c = Double.compare(values[a * features + j], values[b * features + j]);
            }
            return c;
        });
        for (int k = from; k < to; k++) {
            order[k] = run[k - from];
        }
    }
}
