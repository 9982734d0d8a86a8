package io.pipelinestudio.runtime.pace;

/**
 * How fast a run started from the designer plays, changed while it runs: the replay speed of event time
 * (event-time milliseconds per wall-clock millisecond; 0 for as fast as possible), the training steps per
 * second (0 for as fast as possible), and pause, with single steps while paused. The designer holds it and
 * the job's operators, on the embedded cluster in the same process, consult it through a {@link PaceHandle}.
 */
public final class RunPace {
    private volatile double speed;
    private volatile double stepsPerSecond;
    private volatile boolean paused;
    /** Changes when the person changes anything; an operator then starts timing afresh from there. */
    private volatile long revision;
    private long singleSteps;

    public RunPace(double speed, double stepsPerSecond) {
        this.speed = Math.max(0, speed);
        this.stepsPerSecond = Math.max(0, stepsPerSecond);
    }

    /** A run at full speed that can still be paused. */
    public static RunPace fastest() {
        return new RunPace(0, 0);
    }

    public double speed() {
        return speed;
    }

    public void setSpeed(double eventTimePerWallTime) {
        speed = Math.max(0, eventTimePerWallTime);
        revision++;
    }

    public double stepsPerSecond() {
        return stepsPerSecond;
    }

    public void setStepsPerSecond(double steps) {
        stepsPerSecond = Math.max(0, steps);
        revision++;
    }

    public boolean paused() {
        return paused;
    }

    public synchronized void pause() {
        paused = true;
        revision++;
    }

    public synchronized void resume() {
        paused = false;
        singleSteps = 0;
        revision++;
        notifyAll();
    }

    /** While paused, lets one training step through. */
    public synchronized void step() {
        singleSteps++;
        notifyAll();
    }

    long revision() {
        return revision;
    }

    /** Waits while paused, unless a single step was granted (then takes it); returns whether it waited. */
    synchronized boolean awaitStepPermit() throws InterruptedException {
        boolean waited = false;
        while (paused && singleSteps == 0) {
            waited = true;
            wait(100);
        }
        if (paused && singleSteps > 0) {
            singleSteps--;
        }
        return waited;
    }

    /**
     * Waits while paused; returns whether it waited. Asked for every record of a paced stream, so a run that is
     * not paused passes on the volatile read alone, without taking the lock.
     */
    boolean awaitResume() throws InterruptedException {
        return paused && awaitWhilePaused();
    }

    private synchronized boolean awaitWhilePaused() throws InterruptedException {
        boolean waited = false;
        while (paused) {
            waited = true;
            wait(100);
        }
        return waited;
    }
}
