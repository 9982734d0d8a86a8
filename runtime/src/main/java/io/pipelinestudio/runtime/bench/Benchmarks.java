package io.pipelinestudio.runtime.bench;

import java.io.PrintStream;

/** {@code ./studio bench NAME}: the benchmarks that print figures rather than assert them, and the soak run. */
public final class Benchmarks {
    public static final String NAMES = "window-count, sliding, expressions, train, soak";

    private Benchmarks() {}

    /** Runs the named benchmark and prints its figures. */
    public static BenchOutcome run(String name, BenchSettings settings, PrintStream out) throws Exception {
        switch (name) {
            case "window-count":
                WindowCountBench.run(settings, out);
                return BenchOutcome.COMPLETED;
            case "sliding":
                SlidingBench.run(settings, out);
                return BenchOutcome.COMPLETED;
            case "expressions":
                ExpressionBench.run(settings, out);
                return BenchOutcome.COMPLETED;
            case "train":
                TrainBench.run(settings, out);
                return BenchOutcome.COMPLETED;
            case "soak":
                // the one benchmark with a verdict: memory or throughput that drifts fails it
                return SoakBench.run(settings, out) ? BenchOutcome.COMPLETED : BenchOutcome.CHECK_FAILED;
            default:
                return BenchOutcome.UNKNOWN_NAME;
        }
    }
}
