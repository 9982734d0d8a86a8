package io.pipelinestudio.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How a pipeline's job survives failures, wherever it runs (embedded, job jar, Java project, cluster):
 * checkpoints (off while the interval is 0), where they are kept, and the restart strategy.
 */
public record JobSettings(long checkpointIntervalMs, CheckpointMode checkpointMode, String checkpointDirectory,
        RestartStrategy restartStrategy, int restartAttempts, long restartDelayMs, long restartMaxDelayMs) {
    /** No checkpoints and no restarts: a failed job fails, as before jobs had settings. */
    public static final JobSettings DEFAULTS = new JobSettings(0, null, null, null, 0, 0, 0);

    public JobSettings {
        checkpointMode = checkpointMode == null ? CheckpointMode.EXACTLY_ONCE : checkpointMode;
        checkpointDirectory = checkpointDirectory == null || checkpointDirectory.isBlank() ? null
                : checkpointDirectory;
        restartStrategy = restartStrategy == null ? RestartStrategy.NONE : restartStrategy;
    }

    public boolean checkpoints() {
        return checkpointIntervalMs > 0;
    }

    public JobSettings withCheckpoints(long intervalMs, CheckpointMode mode, String directory) {
        return new JobSettings(intervalMs, mode, directory, restartStrategy, restartAttempts, restartDelayMs,
                restartMaxDelayMs);
    }

    public JobSettings withRestarts(RestartStrategy strategy, int attempts, long delayMs, long maxDelayMs) {
        return new JobSettings(checkpointIntervalMs, checkpointMode, checkpointDirectory, strategy, attempts, delayMs,
                maxDelayMs);
    }

    /** Which records a restored job may see twice: none (exactly once) or some (at least once, faster). */
    public enum CheckpointMode {
        @JsonProperty("exactly-once")
        EXACTLY_ONCE,
        @JsonProperty("at-least-once")
        AT_LEAST_ONCE
    }

    /** What the job does after a failure. */
    public enum RestartStrategy {
        /** Fails for good. */
        @JsonProperty("none")
        NONE,
        /** Restarts up to {@code restartAttempts} times, {@code restartDelayMs} apart. */
        @JsonProperty("fixed-delay")
        FIXED_DELAY,
        /**
         * Restarts with a delay that doubles from {@code restartDelayMs} up to {@code restartMaxDelayMs},
         * at most {@code restartAttempts} times.
         */
        @JsonProperty("exponential-delay")
        EXPONENTIAL_DELAY
    }
}
