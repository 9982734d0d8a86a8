package io.pipelinestudio.app.training;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;

/**
 * Coalesces requests from any thread into at most one run of {@code work} on the FX thread per interval
 * (the given minimum, or three times as long as the last run took): however fast steps arrive, the charts
 * redraw a bounded number of times a second.
 */
final class FxThrottle {
    private static final ScheduledExecutorService DELAYS = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "training-charts-throttle");
        thread.setDaemon(true);
        return thread;
    });

    private final Runnable work;
    private final long minimumNanos;
    private volatile long interval;
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private volatile long lastRun = System.nanoTime() - Long.MAX_VALUE / 4;

    FxThrottle(Runnable work, long intervalMillis) {
        this.work = work;
        this.minimumNanos = TimeUnit.MILLISECONDS.toNanos(intervalMillis);
        this.interval = minimumNanos;
    }

    /** Asks for a run of the work; cheap and non-blocking, callable from any thread. */
    void request() {
        if (!scheduled.compareAndSet(false, true)) {
            return;
        }
        long wait = lastRun + interval - System.nanoTime();
        if (wait <= 0) {
            Platform.runLater(this::run);
        } else {
            DELAYS.schedule(() -> Platform.runLater(this::run), wait, TimeUnit.NANOSECONDS);
        }
    }

    private void run() {
        // the time first, so that a request right after the flag clears waits a full interval
        long started = System.nanoTime();
        lastRun = started;
        // cleared before the work reads its data, so data arriving meanwhile asks for another run
        scheduled.set(false);
        try {
            work.run();
        } finally {
            // slow work (a slow machine, big charts) spaces the runs out further: the FX thread stays at
            // most a third busy with it and the window keeps answering
            long took = System.nanoTime() - started;
            interval = Math.max(minimumNanos, 3 * took);
        }
    }
}
