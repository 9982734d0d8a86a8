package io.pipelinestudio.runtime.pace;

import static io.pipelinestudio.runtime.testing.NodeFixtures.csvSink;
import static io.pipelinestudio.runtime.testing.NodeFixtures.csvSource;
import static io.pipelinestudio.runtime.testing.NodeFixtures.eventTime;
import static io.pipelinestudio.runtime.testing.NodeFixtures.float64;
import static io.pipelinestudio.runtime.testing.NodeFixtures.int64;
import static io.pipelinestudio.runtime.testing.NodeFixtures.string;
import static org.assertj.core.api.Assertions.assertThat;

import io.pipelinestudio.model.Pipeline;
import io.pipelinestudio.model.node.ModelKind;
import io.pipelinestudio.model.node.TrainNode;
import io.pipelinestudio.model.validate.ExecutionMode;
import io.pipelinestudio.runtime.run.PipelineRunner;
import io.pipelinestudio.runtime.run.RunHandle;
import io.pipelinestudio.runtime.run.RunListener;
import io.pipelinestudio.runtime.run.RunOptions;
import io.pipelinestudio.runtime.run.RunResult;
import io.pipelinestudio.runtime.run.RunState;
import io.pipelinestudio.runtime.testing.PipelineBuilder;
import io.pipelinestudio.runtime.testing.SharedRunner;
import io.pipelinestudio.runtime.testing.TestFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run from the designer can be watched: a stream read from a file plays at the replay speed chosen, a
 * paused stream holds its records until resumed, and training goes one step at a time while paused.
 * Durations are checked from below only: pacing makes a run last at least so long, whatever the machine.
 */
@ExtendWith(SharedRunner.class)
class PaceTest {
    private final PipelineRunner runner;
    @TempDir
    Path dir;

    PaceTest(PipelineRunner runner) {
        this.runner = runner;
    }

    /** {@code count} lines {@code key,ts} whose event times are {@code spacingMs} apart. */
    private Pipeline stream(int count, long spacingMs) throws Exception {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            lines.add("k" + (i % 3) + "," + (1_000_000 + i * spacingMs));
        }
        Path input = TestFiles.write(dir.resolve("in.csv"), lines.toArray(String[]::new));
        return PipelineBuilder.chain("replay", csvSource("in", input, string("key"), int64("ts")),
                eventTime("time", "ts", 0), csvSink("out", dir.resolve("out.csv")));
    }

    @Test
    void aStreamReadFromAFilePlaysAtTheChosenSpeed() throws Exception {
        // 10 s of event time at ×5: at least 2 s
        RunResult result = runner.start(stream(41, 250), RunOptions.of(ExecutionMode.STREAMING)
                .withPace(new RunPace(5, 0))).result().get(60, TimeUnit.SECONDS);

        assertThat(result.state()).isEqualTo(RunState.FINISHED);
        assertThat(result.duration()).isGreaterThanOrEqualTo(Duration.ofMillis(2_000));
        assertThat(Files.readAllLines(dir.resolve("out.csv"))).hasSize(41);
    }

    @Test
    void aPausedStreamHoldsItsRecordsUntilResumed() throws Exception {
        AtomicLong written = new AtomicLong();
        RunPace pace = new RunPace(20, 0);
        RunHandle run = runner.start(stream(100, 200), RunOptions.of(ExecutionMode.STREAMING).withPace(pace)
                .withListener(counting("out", written)));
        await("the first records", () -> written.get() >= 5);

        pace.pause();
        Thread.sleep(300);
        long held = written.get();
        Thread.sleep(1_000);

        assertThat(written.get()).as("nothing written while paused").isEqualTo(held).isLessThan(100);
        assertThat(run.result()).isNotDone();
        pace.resume();
        assertThat(run.result().get(60, TimeUnit.SECONDS).state()).isEqualTo(RunState.FINISHED);
        assertThat(Files.readAllLines(dir.resolve("out.csv"))).hasSize(100);
    }

    @Test
    void trainingGoesOneStepAtATimeWhilePausedAndAtTheChosenStepsPerSecondAfterwards() throws Exception {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            lines.add(String.format(Locale.ROOT, "%d,%.3f", i, 2.0 * i + 1));
        }
        Path input = TestFiles.write(dir.resolve("xy.csv"), lines.toArray(String[]::new));
        Pipeline training = PipelineBuilder.chain("slow", csvSource("in", input, float64("x"), float64("y")),
                new TrainNode("fit", null, ModelKind.LINEAR_REGRESSION, List.of("x"), "y", 0.1, 0, true, 20, 0, 10,
                        1, null),
                csvSink("steps", dir.resolve("steps.csv")));
        AtomicLong steps = new AtomicLong();
        RunPace pace = new RunPace(0, 0);
        pace.pause();

        RunHandle run = runner.start(training, RunOptions.of(ExecutionMode.BATCH).withPace(pace)
                .withListener(counting("steps", steps)));
        Thread.sleep(1_500);
        assertThat(steps.get()).as("no step while paused").isZero();

        pace.step();
        await("one step", () -> steps.get() == 1);
        Thread.sleep(500);
        assertThat(steps.get()).as("only the one asked for").isEqualTo(1);

        pace.setStepsPerSecond(20);
        long resumed = System.nanoTime();
        pace.resume();
        RunResult result = run.result().get(60, TimeUnit.SECONDS);

        assertThat(result.state()).isEqualTo(RunState.FINISHED);
        long total = steps.get();
        assertThat(total).isGreaterThan(10);
        assertThat(Duration.ofNanos(System.nanoTime() - resumed)).as("%d more steps at 20 per second", total - 1)
                .isGreaterThanOrEqualTo(Duration.ofMillis((total - 2) * 1000 / 20));
    }

    private static RunListener counting(String sinkId, AtomicLong count) {
        return new RunListener() {
            @Override
            public void onRecord(String sinkNodeId, List<Object> values) {
                if (sinkNodeId.equals(sinkId)) {
                    count.incrementAndGet();
                }
            }
        };
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Expected " + what + " within 60 s");
            }
            Thread.sleep(20);
        }
    }
}
