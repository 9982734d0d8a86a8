package io.pipelinestudio.app.files;

import io.pipelinestudio.app.concurrent.BackgroundThreads;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * Runs file reads and writes in order on one background thread and hands each result back to the FX
 * thread, so that the window never waits on a disk.
 */
public final class FileWorker {
    private final ExecutorService executor = BackgroundThreads.single("pipeline-files");

    public <T> void submit(Callable<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure) {
        executor.execute(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> onSuccess.accept(result));
            } catch (Exception e) {
                Platform.runLater(() -> onFailure.accept(e));
            }
        });
    }

    public void run(Runnable work) {
        executor.execute(work);
    }
}
