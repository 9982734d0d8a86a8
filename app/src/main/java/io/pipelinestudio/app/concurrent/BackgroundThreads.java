package io.pipelinestudio.app.concurrent;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** The designer's background workers: one named daemon thread each, so that none keeps the app from exiting. */
public final class BackgroundThreads {
    private BackgroundThreads() {}

    /** A worker running its tasks one after the other, in order, on a daemon thread called {@code name}. */
    public static ExecutorService single(String name) {
        return Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        });
    }
}
