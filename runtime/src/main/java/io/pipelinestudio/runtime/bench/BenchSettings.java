package io.pipelinestudio.runtime.bench;

/**
 * What a benchmark run is asked for: records per run (0: the benchmark's default), runs, parallelism, and for
 * the soak its length in minutes and the seconds between samples (0: the soak's defaults).
 */
public record BenchSettings(long records, int runs, int parallelism, int minutes, int sampleSeconds) {
    /** A soak compares its second quarter with its last, so it needs a sample in each quarter at least. */
    public static final int SOAK_MIN_SAMPLES = 4;
    static final int SOAK_DEFAULT_MINUTES = 2;
    static final int SOAK_DEFAULT_SAMPLE_SECONDS = 10;

    public int soakMinutes() {
        return minutes > 0 ? minutes : SOAK_DEFAULT_MINUTES;
    }

    public int soakSampleSeconds() {
        return sampleSeconds > 0 ? sampleSeconds : SOAK_DEFAULT_SAMPLE_SECONDS;
    }

    /** How many samples the soak takes. */
    public int soakSamples() {
        return soakMinutes() * 60 / soakSampleSeconds();
    }
}
