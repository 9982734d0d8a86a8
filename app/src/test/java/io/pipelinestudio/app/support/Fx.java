package io.pipelinestudio.app.support;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import org.testfx.util.WaitForAsyncUtils;

/** Runs code on the FX thread and waits for conditions there, never by sleeping. */
public final class Fx {
    private Fx() {}

    public static <T> T get(Callable<T> work) {
        return WaitForAsyncUtils.waitForAsyncFx(10_000, work);
    }

    public static void run(Runnable work) {
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            work.run();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Waits until {@code condition}, evaluated on the FX thread, holds; fails after 10 s with {@code what}. */
    public static void waitUntil(String what, BooleanSupplier condition) {
        waitUntil(what, 10, condition);
    }

    /** As {@link #waitUntil(String, BooleanSupplier)}, for work that takes longer, like writing a job jar. */
    public static void waitUntil(String what, int seconds, BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> get(condition::getAsBoolean));
        } catch (TimeoutException e) {
            throw new AssertionError("Expected " + what + " within " + seconds + " s but it did not happen", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
