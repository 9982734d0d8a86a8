package io.pipelinestudio.runtime.pace;

/**
 * Spaces training steps to the run's steps per second and holds them while the run is paused, letting single
 * steps through; without a pace (outside the designer) it never waits.
 */
public final class StepPacer {
    private final PaceHandle handle;
    private long lastStepNanos;
    private long seenRevision = -1;

    public StepPacer(PaceHandle handle) {
        this.handle = handle;
    }

    /** Blocks until the next step may be taken. */
    public void beforeStep() throws InterruptedException {
        RunPace pace = handle == null ? null : handle.pace();
        if (pace == null) {
            return;
        }
        boolean waited = pace.awaitStepPermit();
        double perSecond = pace.stepsPerSecond();
        if (perSecond > 0 && !waited && pace.revision() == seenRevision) {
            long dueNanos = lastStepNanos + (long) (1e9 / perSecond);
            for (long wait = dueNanos - System.nanoTime(); wait > 0; wait = dueNanos - System.nanoTime()) {
                Thread.sleep(Math.min(50, Math.max(1, wait / 1_000_000)));
                if (pace.paused() || pace.revision() != seenRevision) {
                    // paused or changed meanwhile: start over with the new settings
                    beforeStep();
                    return;
                }
            }
        }
        seenRevision = pace.revision();
        lastStepNanos = System.nanoTime();
    }
}
