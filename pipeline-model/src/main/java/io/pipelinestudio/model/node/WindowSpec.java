package io.pipelinestudio.model.node;

/**
 * The shape of a window: {@code sizeMs} for tumbling and sliding windows, {@code slideMs} for sliding
 * ones, {@code gapMs} for session windows.
 */
public record WindowSpec(WindowType type, long sizeMs, long slideMs, long gapMs) {
    public static WindowSpec tumbling(long sizeMs) {
        return new WindowSpec(WindowType.TUMBLING, sizeMs, 0, 0);
    }

    public static WindowSpec sliding(long sizeMs, long slideMs) {
        return new WindowSpec(WindowType.SLIDING, sizeMs, slideMs, 0);
    }

    public static WindowSpec session(long gapMs) {
        return new WindowSpec(WindowType.SESSION, 0, 0, gapMs);
    }
}
