package io.pipelinestudio.runtime.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.pipelinestudio.model.JobSettings;
import io.pipelinestudio.model.Pipeline;
import io.pipelinestudio.model.json.PipelineJson;
import io.pipelinestudio.model.validate.ExecutionMode;
import io.pipelinestudio.runtime.compile.CompileOptions;
import io.pipelinestudio.runtime.compile.PipelineCompiler;
import io.pipelinestudio.runtime.testing.Prepared;
import io.pipelinestudio.runtime.testing.Runs;
import io.pipelinestudio.runtime.testing.SharedRunner;
import io.pipelinestudio.runtime.testing.TestFiles;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.flink.configuration.StateBackendOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The state backend a pipeline's job settings choose is the one its job runs on, and RocksDB keeps windows
 * as the heap does: the same counts, in the embedded cluster, with checkpoints taken while it runs.
 */
@ExtendWith(SharedRunner.class)
class StateBackendTest {
    private final PipelineRunner runner;
    @TempDir
    Path dir;

    StateBackendTest(PipelineRunner runner) {
        this.runner = runner;
    }

    private static Pipeline windowCount(JobSettings.StateBackend backend) throws Exception {
        Pipeline example = PipelineJson.read(TestFiles.repositoryRoot().resolve("assets/examples/window-count.json"));
        return example.withJob(example.jobSettings().withStateBackend(backend));
    }

    private List<String> run(Pipeline pipeline, ExecutionMode mode, String name) {
        Path output = dir.resolve(name + ".csv");
        Runs.finished(runner, pipeline, RunOptions.of(mode).withParameters(Map.of(
                "input", TestFiles.repositoryRoot().resolve("assets/data/window-count-sample.csv").toString(),
                "output", output.toString())));
        return TestFiles.sortedLines(output);
    }

    @Test
    void theChosenBackendIsInTheJobsConfiguration() throws Exception {
        assertThat(PipelineCompiler.compile(Prepared.of(windowCount(JobSettings.StateBackend.ROCKSDB),
                ExecutionMode.STREAMING), CompileOptions.of(1)).streamGraph().getJobConfiguration()
                .get(StateBackendOptions.STATE_BACKEND))
                .isEqualTo("org.apache.flink.state.rocksdb.EmbeddedRocksDBStateBackendFactory");
        assertThat(PipelineCompiler.compile(Prepared.of(windowCount(JobSettings.StateBackend.HASHMAP),
                ExecutionMode.STREAMING), CompileOptions.of(1)).streamGraph().getJobConfiguration()
                .get(StateBackendOptions.STATE_BACKEND)).isEqualTo("hashmap");
    }

    @Test
    void rocksDbCountsTheSameWindowsAsTheHeap() throws Exception {
        List<String> heap = run(windowCount(JobSettings.StateBackend.HASHMAP), ExecutionMode.STREAMING, "heap");
        Pipeline rocksDb = windowCount(JobSettings.StateBackend.ROCKSDB);
        Pipeline checkpointed = rocksDb.withJob(rocksDb.jobSettings().withCheckpoints(100,
                JobSettings.CheckpointMode.EXACTLY_ONCE, dir.resolve("checkpoints").toString()));

        assertThat(run(checkpointed, ExecutionMode.STREAMING, "rocksdb")).isNotEmpty().isEqualTo(heap);
        assertThat(run(rocksDb, ExecutionMode.BATCH, "rocksdb-batch")).isEqualTo(heap);
    }
}
