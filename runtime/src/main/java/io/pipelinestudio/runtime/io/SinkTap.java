package io.pipelinestudio.runtime.io;

import java.io.Serializable;
import java.util.function.Consumer;

/**
 * Where a sink also hands its records while a job runs in this process (live results in the designer).
 * Serializable, so it travels with the job; {@link #open()} finds the receiver on the task's side.
 */
@FunctionalInterface
public interface SinkTap<T> extends Serializable {
    /** The receiver of this sink's records, or null when nobody listens. */
    Consumer<T> open();

    static <T> SinkTap<T> none() {
        return () -> null;
    }
}
