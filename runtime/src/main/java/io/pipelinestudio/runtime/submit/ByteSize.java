package io.pipelinestudio.runtime.submit;

import java.util.Locale;

/** A number of bytes as a person reads it: {@code 812 B}, {@code 12.3 kB}, {@code 4.5 MB}. */
public final class ByteSize {
    private ByteSize() {}

    public static String text(long bytes) {
        if (bytes < 1_000) {
            return bytes + " B";
        }
        if (bytes < 1_000_000) {
            return String.format(Locale.ROOT, "%.1f kB", bytes / 1e3);
        }
        if (bytes < 1_000_000_000) {
            return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
        }
        return String.format(Locale.ROOT, "%.1f GB", bytes / 1e9);
    }
}
