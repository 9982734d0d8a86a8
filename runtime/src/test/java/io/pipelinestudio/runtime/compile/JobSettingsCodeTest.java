package io.pipelinestudio.runtime.compile;

import static org.assertj.core.api.Assertions.assertThat;

import io.pipelinestudio.model.JobSettings;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;

class JobSettingsCodeTest {
    @Test
    void aPlainCheckpointDirectoryBecomesAnAbsoluteFileUriAndAUriStaysAsItIs() {
        assertThat(JobSettingsCode.uri("/data/checkpoints")).isEqualTo("file:///data/checkpoints");
        assertThat(JobSettingsCode.uri("checkpoints"))
                .isEqualTo(Paths.get("checkpoints").toAbsolutePath().toUri().toString());
        assertThat(JobSettingsCode.uri("s3://bucket/checkpoints")).isEqualTo("s3://bucket/checkpoints");
    }

    @Test
    void defaultSettingsTakeNoCheckpointsKeepStateOnTheHeapAndOverrideTheClustersRestartStrategyWithNone() {
        assertThat(JobSettingsCode.statements(JobSettings.DEFAULTS)).containsExactly(
                "// no checkpoints: a restarted job starts over",
                "// keyed state on the heap",
                "conf.set(StateBackendOptions.STATE_BACKEND, \"hashmap\");",
                "// a failure ends the job, whatever the cluster's default restart strategy",
                "conf.set(RestartStrategyOptions.RESTART_STRATEGY, \"none\");");
    }

    @Test
    void checkpointsAndAFixedDelayRestartAreSetAsFlinkOptions() {
        JobSettings job = JobSettings.DEFAULTS.withCheckpoints(1_000, JobSettings.CheckpointMode.AT_LEAST_ONCE,
                "/data/cp\nSystem.exit(1);\\u000aSystem.exit(2);")
                .withRestarts(JobSettings.RestartStrategy.FIXED_DELAY, 3, 2_000, 0);

        assertThat(JobSettingsCode.statements(job)).contains(
                "conf.set(CheckpointingOptions.CHECKPOINTING_INTERVAL, Duration.ofMillis(1000L));",
                "conf.set(CheckpointingOptions.CHECKPOINTING_CONSISTENCY_MODE, CheckpointingMode.AT_LEAST_ONCE);",
                "conf.set(CheckpointingOptions.EXTERNALIZED_CHECKPOINT_RETENTION,"
                        + " ExternalizedCheckpointRetention.RETAIN_ON_CANCELLATION);",
                "conf.set(RestartStrategyOptions.RESTART_STRATEGY, \"fixed-delay\");",
                "conf.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_ATTEMPTS, 3);",
                "conf.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_DELAY, Duration.ofMillis(2000L));")
                .anyMatch(line -> line.startsWith("conf.set(CheckpointingOptions.CHECKPOINTS_DIRECTORY, \"file:///data/cp"));
        // the directory lands in a comment too, where no line break, real or escaped, may end it
        assertThat(JobSettingsCode.statements(job)).startsWith(
                "// a checkpoint every 1000 ms, at least once, kept (also after a cancel, to restart from) in /data/cp",
                "// System.exit(1);\\\\u000aSystem.exit(2);");
    }

    @Test
    void rocksDbIsChosenByItsFactoryClassWithIncrementalCheckpointsAndOnlyThenImported() {
        JobSettings job = JobSettings.DEFAULTS.withStateBackend(JobSettings.StateBackend.ROCKSDB);

        assertThat(JobSettingsCode.statements(job)).contains(
                "conf.set(StateBackendOptions.STATE_BACKEND, EmbeddedRocksDBStateBackendFactory.class.getName());",
                "conf.set(CheckpointingOptions.INCREMENTAL_CHECKPOINTS, true);");
        assertThat(JobSettingsCode.imports(job))
                .contains("org.apache.flink.state.rocksdb.EmbeddedRocksDBStateBackendFactory");
        assertThat(JobSettingsCode.imports(JobSettings.DEFAULTS)).noneMatch(i -> i.contains("rocksdb"));
    }
}
