package io.pipelinestudio.runtime.compile;

import io.pipelinestudio.model.JobSettings;
import io.pipelinestudio.runtime.codegen.CommentText;
import io.pipelinestudio.runtime.codegen.JavaSource;
import java.util.ArrayList;
import java.util.List;

/**
 * The body of the generated job class's {@code configure(Configuration)}: the pipeline's checkpoint and
 * restart settings as Flink options, the one place every run, jar, project and submission takes them from.
 */
final class JobSettingsCode {
    private static final List<String> IMPORTS = List.of("java.time.Duration",
            "org.apache.flink.configuration.CheckpointingOptions", "org.apache.flink.configuration.Configuration",
            "org.apache.flink.configuration.ExternalizedCheckpointRetention",
            "org.apache.flink.configuration.RestartStrategyOptions", "org.apache.flink.configuration.StateBackendOptions",
            "org.apache.flink.core.execution.CheckpointingMode");
    private static final String ROCKSDB_FACTORY = "org.apache.flink.state.rocksdb.EmbeddedRocksDBStateBackendFactory";

    private JobSettingsCode() {}

    /**
     * Flink wants a URI with a scheme ({@code file://}, {@code s3://}, ...); a plain path is a local one,
     * made absolute here as the pipeline's other paths are where it is exported.
     */
    static String uri(String directory) {
        return directory.contains("://") ? directory : java.nio.file.Paths.get(directory).toAbsolutePath().toUri()
                .toString();
    }

    /** What the statements use; RocksDB only when the job takes it, so that only then a project depends on it. */
    static List<String> imports(JobSettings job) {
        if (job.stateBackend() != JobSettings.StateBackend.ROCKSDB) {
            return IMPORTS;
        }
        List<String> imports = new ArrayList<>(IMPORTS);
        imports.add(ROCKSDB_FACTORY);
        return imports;
    }

    /** Comment lines; the text may come from a pipeline file, so it is made harmless first. */
    private static void comment(List<String> lines, String text) {
        for (String line : CommentText.lineComment(text).split("\n", -1)) {
            lines.add("// " + line);
        }
    }

    /** The statements, one per line, without indentation. */
    static List<String> statements(JobSettings job) {
        List<String> lines = new ArrayList<>();
        if (job.checkpoints()) {
            comment(lines, "a checkpoint every " + job.checkpointIntervalMs() + " ms, "
                    + (job.checkpointMode() == JobSettings.CheckpointMode.EXACTLY_ONCE ? "exactly once" : "at least once")
                    + (job.checkpointDirectory() == null ? ", kept by the cluster's configured storage"
                            : ", kept (also after a cancel, to restart from) in " + job.checkpointDirectory()));
            lines.add("conf.set(CheckpointingOptions.CHECKPOINTING_INTERVAL, Duration.ofMillis("
                    + JavaSource.literal(job.checkpointIntervalMs()) + "));");
            lines.add("conf.set(CheckpointingOptions.CHECKPOINTING_CONSISTENCY_MODE, CheckpointingMode."
                    + job.checkpointMode().name() + ");");
            if (job.checkpointDirectory() != null) {
                lines.add("conf.set(CheckpointingOptions.CHECKPOINTS_DIRECTORY, "
                        + JavaSource.literal(uri(job.checkpointDirectory())) + ");");
                lines.add("conf.set(CheckpointingOptions.EXTERNALIZED_CHECKPOINT_RETENTION,"
                        + " ExternalizedCheckpointRetention.RETAIN_ON_CANCELLATION);");
            }
        } else {
            lines.add("// no checkpoints: a restarted job starts over");
        }
        if (job.stateBackend() == JobSettings.StateBackend.ROCKSDB) {
            // named by its factory class rather than "rocksdb", so that an exported project depends on the
            // backend and runs locally; a cluster has it in its distribution
            lines.add("// keyed state in an embedded RocksDB on local disk; checkpoints upload only what changed");
            lines.add("conf.set(StateBackendOptions.STATE_BACKEND, EmbeddedRocksDBStateBackendFactory.class.getName());");
            lines.add("conf.set(CheckpointingOptions.INCREMENTAL_CHECKPOINTS, true);");
        } else {
            lines.add("// keyed state on the heap");
            lines.add("conf.set(StateBackendOptions.STATE_BACKEND, \"hashmap\");");
        }
        switch (job.restartStrategy()) {
            case FIXED_DELAY -> {
                lines.add("// after a failure, up to " + job.restartAttempts() + " restarts, " + job.restartDelayMs()
                        + " ms apart");
                lines.add("conf.set(RestartStrategyOptions.RESTART_STRATEGY, \"fixed-delay\");");
                lines.add("conf.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_ATTEMPTS, "
                        + job.restartAttempts() + ");");
                lines.add("conf.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_DELAY, Duration.ofMillis("
                        + JavaSource.literal(job.restartDelayMs()) + "));");
            }
            case EXPONENTIAL_DELAY -> {
                lines.add("// after a failure, up to " + job.restartAttempts() + " restarts, waiting "
                        + job.restartDelayMs() + " ms at first and twice as long each time, at most "
                        + job.restartMaxDelayMs() + " ms");
                lines.add("conf.set(RestartStrategyOptions.RESTART_STRATEGY, \"exponential-delay\");");
                lines.add("conf.set(RestartStrategyOptions.RESTART_STRATEGY_EXPONENTIAL_DELAY_ATTEMPTS, "
                        + job.restartAttempts() + ");");
                lines.add("conf.set(RestartStrategyOptions.RESTART_STRATEGY_EXPONENTIAL_DELAY_INITIAL_BACKOFF,"
                        + " Duration.ofMillis(" + JavaSource.literal(job.restartDelayMs()) + "));");
                lines.add("conf.set(RestartStrategyOptions.RESTART_STRATEGY_EXPONENTIAL_DELAY_MAX_BACKOFF,"
                        + " Duration.ofMillis(" + JavaSource.literal(job.restartMaxDelayMs()) + "));");
            }
            case NONE -> {
                lines.add("// a failure ends the job, whatever the cluster's default restart strategy");
                lines.add("conf.set(RestartStrategyOptions.RESTART_STRATEGY, \"none\");");
            }
        }
        return lines;
    }
}
