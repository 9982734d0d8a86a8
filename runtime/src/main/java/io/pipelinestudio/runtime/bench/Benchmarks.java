package io.pipelinestudio.runtime.bench;

import java.io.PrintStream;

/** {@code ./studio bench NAME}: the benchmarks that print figures rather than assert them. */
public final class Benchmarks {
    public static final String NAMES = "window-count, sliding, expressions, train";

    private Benchmarks() {}

    /** Runs the named benchmark and prints its figures; false when there is no such benchmark. */
    public static boolean run(String name, BenchSettings settings, PrintStream out) throws Exception {
        switch (name) {
            case "window-count":
                WindowCountBench.run(settings, out);
                return true;
            case "sliding":
                SlidingBench.run(settings, out);
                return true;
            case "expressions":
                ExpressionBench.run(settings, out);
                return true;
            case "train":
                TrainBench.run(settings, out);
                return true;
            default:
                return false;
        }
    }
}
