package io.pipelinestudio.app.training;

import static org.assertj.core.api.Assertions.assertThat;

import io.pipelinestudio.app.support.Fx;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

class FxThrottleTest {
    @BeforeAll
    static void startFx() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void manyRequestsFromManyThreadsBecomeFewRunsOnTheFxThreadAndTheLastDataIsSeen() throws Exception {
        AtomicLong published = new AtomicLong();
        AtomicLong seen = new AtomicLong();
        AtomicInteger runs = new AtomicInteger();
        AtomicInteger offFxThread = new AtomicInteger();
        FxThrottle throttle = new FxThrottle(() -> {
            runs.incrementAndGet();
            if (!Platform.isFxApplicationThread()) {
                offFxThread.incrementAndGet();
            }
            seen.set(published.get());
        }, 50);
        long started = System.nanoTime();

        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            Thread thread = new Thread(() -> {
                for (int i = 0; i < 50_000; i++) {
                    published.incrementAndGet();
                    throttle.request();
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }

        Fx.waitUntil("the last data to be seen", () -> seen.get() == 200_000);
        long elapsedMillis = (System.nanoTime() - started) / 1_000_000;
        assertThat(offFxThread.get()).isZero();
        // runs start at least 50 ms apart, however many requests came
        assertThat(runs.get()).isBetween(1, (int) (elapsedMillis / 50) + 1);
    }
}
