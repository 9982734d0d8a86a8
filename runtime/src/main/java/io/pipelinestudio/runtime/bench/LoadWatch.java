package io.pipelinestudio.runtime.bench;

import io.pipelinestudio.runtime.run.NodeLoad;
import io.pipelinestudio.runtime.run.RunHandle;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Reads how busy a run's tasks are once a second, as the designer's canvas does while a run goes on. */
final class LoadWatch implements AutoCloseable {
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "soak-load-watch");
        thread.setDaemon(true);
        return thread;
    });
    private volatile Map<String, NodeLoad> latest = Map.of();

    private LoadWatch(RunHandle run) {
        timer.scheduleWithFixedDelay(() -> {
            try {
                latest = run.load();
            } catch (RuntimeException e) {
                // a reading that fails must not stop the next ones, which the timer would otherwise skip
            }
        }, 1, 1, TimeUnit.SECONDS);
    }

    static LoadWatch start(RunHandle run) {
        return new LoadWatch(run);
    }

    /** The busy fraction of the busiest task at the last reading; NaN before Flink has reported any. */
    double busiest() {
        return latest.values().stream().mapToDouble(NodeLoad::busy).max().orElse(Double.NaN);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
