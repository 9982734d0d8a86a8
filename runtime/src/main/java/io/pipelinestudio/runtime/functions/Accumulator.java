package io.pipelinestudio.runtime.functions;

/**
 * The running state of a group's aggregates: a record count and one slot per aggregate in
 * {@code longs} or {@code doubles}. A Flink POJO of primitive arrays, mutated in place, so adding a
 * record allocates nothing.
 */
public final class Accumulator {
    public long count;
    public long[] longs;
    public double[] doubles;

    public Accumulator() {}

    Accumulator(int longSlots, int doubleSlots) {
        longs = new long[longSlots];
        doubles = new double[doubleSlots];
    }
}
