package io.pipelinestudio.runtime.run;

import static io.pipelinestudio.runtime.testing.NodeFixtures.consoleSink;
import static io.pipelinestudio.runtime.testing.NodeFixtures.count;
import static io.pipelinestudio.runtime.testing.NodeFixtures.eventTime;
import static io.pipelinestudio.runtime.testing.NodeFixtures.keyBy;
import static io.pipelinestudio.runtime.testing.NodeFixtures.window;
import static org.assertj.core.api.Assertions.assertThat;

import io.pipelinestudio.model.Pipeline;
import io.pipelinestudio.model.node.GeneratorSourceNode;
import io.pipelinestudio.model.node.WindowSpec;
import io.pipelinestudio.model.validate.ExecutionMode;
import io.pipelinestudio.runtime.testing.PipelineBuilder;
import io.pipelinestudio.runtime.testing.SharedRunner;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A running job tells the watermark each parallel instance of a node has reached: what the X-ray shows. */
@ExtendWith(SharedRunner.class)
class WatermarksTest {
    private final PipelineRunner runner;
    @org.junit.jupiter.api.io.TempDir
    java.nio.file.Path dir;

    WatermarksTest(PipelineRunner runner) {
        this.runner = runner;
    }

    @Test
    void eachInstanceOfARunningWindowReportsItsWatermark() throws Exception {
        Pipeline pipeline = PipelineBuilder.chain("watermarks",
                new GeneratorSourceNode("events", null, null, 2_000, 4, 1_700_000_000_000L, 10, 0, 3),
                eventTime("time", "timestamp", 100), keyBy("keys", "key"),
                window("win", WindowSpec.tumbling(1_000), 0, count()), consoleSink("print"));
        // a stopped run keeps its rejected records so far: in the test's folder, not the working one
        RunHandle run = runner.start(pipeline, RunOptions.of(ExecutionMode.STREAMING).withParallelism(2)
                .withRejectedPath(dir.resolve("rejected.tsv")));
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            Map<String, List<Long>> watermarks = Map.of();
            while (System.nanoTime() < deadline) {
                watermarks = run.watermarks();
                List<Long> window = watermarks.getOrDefault("win", List.of());
                if (window.size() == 2 && window.stream().allMatch(w -> w > 1_700_000_000_000L)) {
                    break;
                }
                Thread.sleep(200);
            }

            assertThat(watermarks.get("win")).as("the window's instances").hasSize(2)
                    .allSatisfy(w -> assertThat(w).isGreaterThan(1_700_000_000_000L));
        } finally {
            run.cancel();
            run.result().get(60, TimeUnit.SECONDS);
        }
        assertThat(run.watermarks()).as("after the run").isEmpty();
    }
}
