package io.pipelinestudio.app.training;

/**
 * A bounded series of points that spans the whole run: when full it drops every other point and then
 * keeps only every {@code stride}-th point it is given, so the kept points stay evenly spread from the
 * first step to the latest. The latest point is always the last one, so a curve ends where training is.
 * Not thread-safe: its owner guards it.
 */
final class DecimatedSeries {
    private final int capacity;
    private final double[] xs;
    private final double[] ys;
    private int size;
    private long stride = 1;
    private long received;
    /** Whether the last point is only the latest one, off the stride, to be replaced by the next. */
    private boolean provisional;

    DecimatedSeries(int capacity) {
        if (capacity < 4) {
            throw new IllegalArgumentException("Expected a capacity of at least 4 points but found " + capacity);
        }
        this.capacity = capacity;
        this.xs = new double[capacity];
        this.ys = new double[capacity];
    }

    void add(double x, double y) {
        long index = received++;
        if (provisional) {
            size--;
            provisional = false;
        }
        if (size == capacity) {
            halve();
        }
        xs[size] = x;
        ys[size] = y;
        size++;
        provisional = index % stride != 0;
    }

    /** Keeps the points at even positions, which are the ones on the doubled stride. */
    private void halve() {
        int kept = (size + 1) / 2;
        for (int i = 1; i < kept; i++) {
            xs[i] = xs[2 * i];
            ys[i] = ys[2 * i];
        }
        size = kept;
        stride *= 2;
    }

    int size() {
        return size;
    }

    int capacity() {
        return capacity;
    }

    /** How many points were given, kept or not. */
    long received() {
        return received;
    }

    double x(int i) {
        return xs[i];
    }

    double y(int i) {
        return ys[i];
    }

    double[][] copy() {
        return new double[][] {java.util.Arrays.copyOf(xs, size), java.util.Arrays.copyOf(ys, size)};
    }

    void clear() {
        size = 0;
        stride = 1;
        received = 0;
        provisional = false;
    }
}
