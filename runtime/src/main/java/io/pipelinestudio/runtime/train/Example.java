package io.pipelinestudio.runtime.train;

/** One training example: feature values and a label. A Flink POJO, so it travels without Kryo. */
public final class Example {
    public double[] x;
    public double y;

    public Example() {}

    public Example(double[] x, double y) {
        this.x = x;
        this.y = y;
    }
}
