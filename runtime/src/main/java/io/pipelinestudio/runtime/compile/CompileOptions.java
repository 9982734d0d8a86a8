package io.pipelinestudio.runtime.compile;

import io.pipelinestudio.runtime.job.LineSourceFactory;
import io.pipelinestudio.runtime.job.TapProvider;
import java.nio.file.Path;
import java.util.Map;

/**
 * How to compile a prepared pipeline for a run: the default parallelism, where rejected records go (null:
 * next to the first CSV sink's file), the taps for live results, and replacement line sources by node id.
 */
public record CompileOptions(int parallelism, Path rejectedPath, TapProvider taps,
        Map<String, LineSourceFactory> lineSources) {
    public CompileOptions {
        if (parallelism < 1) {
            throw new IllegalArgumentException("Expected a parallelism of at least 1 but found " + parallelism);
        }
        taps = taps == null ? TapProvider.NONE : taps;
        lineSources = lineSources == null ? Map.of() : Map.copyOf(lineSources);
    }

    public static CompileOptions of(int parallelism) {
        return new CompileOptions(parallelism, null, TapProvider.NONE, Map.of());
    }

    public CompileOptions withLineSources(Map<String, LineSourceFactory> sources) {
        return new CompileOptions(parallelism, rejectedPath, taps, sources);
    }

    public CompileOptions withTaps(TapProvider newTaps) {
        return new CompileOptions(parallelism, rejectedPath, newTaps, lineSources);
    }

    public CompileOptions withRejectedPath(Path path) {
        return new CompileOptions(parallelism, path, taps, lineSources);
    }
}
