package io.pipelinestudio.runtime.run;

import static io.pipelinestudio.runtime.testing.NodeFixtures.csvSink;
import static io.pipelinestudio.runtime.testing.NodeFixtures.filter;
import static io.pipelinestudio.runtime.testing.NodeFixtures.generator;
import static org.assertj.core.api.Assertions.assertThat;

import io.pipelinestudio.model.Pipeline;
import io.pipelinestudio.model.validate.ExecutionMode;
import io.pipelinestudio.runtime.testing.PipelineBuilder;
import io.pipelinestudio.runtime.testing.SharedRunner;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The busy and backpressured time of a running job's tasks, attributed to the pipeline's nodes. */
@ExtendWith(SharedRunner.class)
class NodeLoadTest {
    private final PipelineRunner runner;
    @TempDir
    Path dir;

    NodeLoadTest(PipelineRunner runner) {
        this.runner = runner;
    }

    @Test
    void aRunningJobReportsTheLoadOfEveryNodesTaskAndNothingOnceItEnded() throws Exception {
        Pipeline endless = PipelineBuilder.chain("endless", generator("gen", null, 0), filter("keep", "value >= 0"),
                csvSink("out", dir.resolve("out.csv")));
        RunHandle run = runner.start(endless, RunOptions.of(ExecutionMode.STREAMING));

        Map<String, NodeLoad> load = Map.of();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (!load.keySet().containsAll(java.util.Set.of("gen", "keep", "out")) && System.nanoTime() < deadline) {
            Thread.sleep(200);
            load = run.load();
        }
        run.cancel();
        run.result().get(60, TimeUnit.SECONDS);

        assertThat(load).containsOnlyKeys("gen", "keep", "out");
        // the generator and the filter run chained in one task, so they share its figures
        assertThat(load.get("gen")).isEqualTo(load.get("keep"));
        assertThat(load.values()).allSatisfy(l -> {
            assertThat(l.busy()).isBetween(0.0, 1.0);
            assertThat(l.backPressured()).isBetween(0.0, 1.0);
        });
        assertThat(run.load()).isEmpty();
    }
}
