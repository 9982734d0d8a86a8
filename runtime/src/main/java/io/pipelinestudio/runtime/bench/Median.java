package io.pipelinestudio.runtime.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The median of benchmark figures: steadier than the mean on a machine shared with other work. */
final class Median {
    private Median() {}

    static double of(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
