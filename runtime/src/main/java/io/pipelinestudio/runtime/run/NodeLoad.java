package io.pipelinestudio.runtime.run;

/**
 * How hard the task running a node works, as Flink measures it: the fraction of time it is busy and the
 * fraction it waits because the next task cannot take more (backpressure), each from 0 to 1, the
 * highest over the task's parallel instances. Nodes chained into one task share its figures.
 */
public record NodeLoad(double busy, double backPressured) {
    /** A task busy most of the time limits the job's throughput. */
    public boolean isBusy() {
        return busy >= 0.8;
    }

    public boolean isBackPressured() {
        return backPressured >= 0.5;
    }
}
