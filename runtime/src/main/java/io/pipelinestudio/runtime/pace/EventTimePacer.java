package io.pipelinestudio.runtime.pace;

import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Lets records through no faster than their event time advances at the run's replay speed (×10: ten seconds
 * of event time per second), and not at all while the run is paused, so that a stream read from a file looks
 * like the stream it recorded. Each instance times its own records from the first it sees; a change of speed,
 * a pause or a record earlier than the last starts the timing afresh. It waits in short slices, so that a
 * change takes effect at once. Without a pace (outside the designer) records pass untouched.
 */
public final class EventTimePacer<T> extends ProcessFunction<T, T> {
    private static final long serialVersionUID = 1L;
    private static final long SLICE_MS = 50;
    private final PaceHandle handle;
    // transient fields start at their defaults in each task (initializers do not run when it is deserialized)
    private transient boolean timing;
    private transient long baseEventTime;
    private transient long baseWallNanos;
    private transient long seenRevision;

    public EventTimePacer(PaceHandle handle) {
        this.handle = handle;
    }

    @Override
    public void processElement(T value, Context ctx, Collector<T> out) throws Exception {
        RunPace pace = handle.pace();
        Long eventTime = ctx.timestamp();
        if (pace != null && eventTime != null) {
            waitFor(pace, eventTime);
        }
        out.collect(value);
    }

    private void waitFor(RunPace pace, long eventTime) throws InterruptedException {
        while (true) {
            if (pace.awaitResume() || !timing || pace.revision() != seenRevision || eventTime < baseEventTime) {
                rebase(pace, eventTime);
            }
            double speed = pace.speed();
            if (speed <= 0) {
                rebase(pace, eventTime);
                return;
            }
            long dueNanos = baseWallNanos + (long) ((eventTime - baseEventTime) / speed * 1_000_000);
            long waitNanos = dueNanos - System.nanoTime();
            if (waitNanos <= 0) {
                return;
            }
            Thread.sleep(Math.min(SLICE_MS, Math.max(1, waitNanos / 1_000_000)));
        }
    }

    private void rebase(RunPace pace, long eventTime) {
        timing = true;
        baseEventTime = eventTime;
        baseWallNanos = System.nanoTime();
        seenRevision = pace.revision();
    }
}
