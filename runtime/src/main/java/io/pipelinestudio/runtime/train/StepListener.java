package io.pipelinestudio.runtime.train;

/** Receives each step's loss and the model (in original units) it belongs to. */
@FunctionalInterface
interface StepListener {
    void onStep(long step, double loss, LinearModel model);
}
