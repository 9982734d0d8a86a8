package io.pipelinestudio.model.validate;

import java.util.Locale;

/** Flink's two runtime modes; one graph runs in either, with equal results on bounded input. */
public enum ExecutionMode {
    BATCH,
    STREAMING;

    public static ExecutionMode parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown mode '" + text + "'; expected batch or streaming", e);
        }
    }
}
