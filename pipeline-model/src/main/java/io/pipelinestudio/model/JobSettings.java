package io.pipelinestudio.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How a pipeline's job keeps its state and survives failures, wherever it runs (embedded, job jar, Java
 * project, cluster): checkpoints (off while the interval is 0), where they are kept, the restart strategy,
 * and the state backend that holds windows and reductions between checkpoints.
 */
public record JobSettings(long checkpointIntervalMs, CheckpointMode checkpointMode, String checkpointDirectory,
        RestartStrategy restartStrategy, int restartAttempts, long restartDelayMs, long restartMaxDelayMs,
        @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = StateBackend.OnHeap.class)
        StateBackend stateBackend) {
    /** No checkpoints and no restarts: a failed job fails, as before jobs had settings; state on the heap. */
    public static final JobSettings DEFAULTS = new JobSettings(0, null, null, null, 0, 0, 0, null);

    public JobSettings {
        checkpointMode = checkpointMode == null ? CheckpointMode.EXACTLY_ONCE : checkpointMode;
        checkpointDirectory = checkpointDirectory == null || checkpointDirectory.isBlank() ? null
                : checkpointDirectory;
        restartStrategy = restartStrategy == null ? RestartStrategy.NONE : restartStrategy;
        stateBackend = stateBackend == null ? StateBackend.HASHMAP : stateBackend;
    }

    public boolean checkpoints() {
        return checkpointIntervalMs > 0;
    }

    public JobSettings withCheckpoints(long intervalMs, CheckpointMode mode, String directory) {
        return new JobSettings(intervalMs, mode, directory, restartStrategy, restartAttempts, restartDelayMs,
                restartMaxDelayMs, stateBackend);
    }

    public JobSettings withRestarts(RestartStrategy strategy, int attempts, long delayMs, long maxDelayMs) {
        return new JobSettings(checkpointIntervalMs, checkpointMode, checkpointDirectory, strategy, attempts, delayMs,
                maxDelayMs, stateBackend);
    }

    public JobSettings withStateBackend(StateBackend backend) {
        return new JobSettings(checkpointIntervalMs, checkpointMode, checkpointDirectory, restartStrategy,
                restartAttempts, restartDelayMs, restartMaxDelayMs, backend);
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

    /** Where keyed state (windows, reductions) lives while the job runs. */
    public enum StateBackend {
        /** On the JVM heap: fastest, bounded by memory; checkpoints copy it whole. */
        @JsonProperty("hashmap")
        HASHMAP,
        /**
         * In an embedded RocksDB on local disk: state larger than memory, and incremental checkpoints that
         * upload only what changed; each access (de)serializes, so it is slower per record.
         */
        @JsonProperty("rocksdb")
        ROCKSDB;

        /** Leaves the default out of pipeline files, so that files saved before there was a choice stay as they were. */
        static final class OnHeap {
            @Override
            public boolean equals(Object value) {
                return value == HASHMAP;
            }

            @Override
            public int hashCode() {
                return HASHMAP.hashCode();
            }
        }
    }
}
