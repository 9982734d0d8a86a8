package io.pipelinestudio.runtime.run;

import static io.pipelinestudio.runtime.testing.NodeFixtures.csvSink;
import static io.pipelinestudio.runtime.testing.NodeFixtures.csvSource;
import static io.pipelinestudio.runtime.testing.NodeFixtures.filter;
import static io.pipelinestudio.runtime.testing.NodeFixtures.generator;
import static io.pipelinestudio.runtime.testing.NodeFixtures.int64;
import static io.pipelinestudio.runtime.testing.NodeFixtures.string;
import static org.assertj.core.api.Assertions.assertThat;

import io.pipelinestudio.model.Pipeline;
import io.pipelinestudio.model.node.ChartSinkNode;
import io.pipelinestudio.model.node.ChartStyle;
import io.pipelinestudio.model.validate.ExecutionMode;
import io.pipelinestudio.runtime.testing.PipelineBuilder;
import io.pipelinestudio.runtime.testing.SharedRunner;
import io.pipelinestudio.runtime.testing.TestFiles;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What a {@link RunListener} hears while a run goes on, and cancelling a run that would never end. */
@ExtendWith(SharedRunner.class)
class RunListenerTest {
    private final PipelineRunner runner;
    @TempDir
    Path dir;

    RunListenerTest(PipelineRunner runner) {
        this.runner = runner;
    }

    /** Records everything it hears; {@code records} counts down as sink records arrive. */
    private static final class Recording implements RunListener {
        final List<RunState> states = new CopyOnWriteArrayList<>();
        final List<List<Object>> records = new CopyOnWriteArrayList<>();
        final List<String> sinks = new CopyOnWriteArrayList<>();
        final List<String> rejected = new CopyOnWriteArrayList<>();
        final List<String> outputs = new CopyOnWriteArrayList<>();
        final CountDownLatch someRecords;

        Recording(int enough) {
            someRecords = new CountDownLatch(enough);
        }

        @Override
        public void onStateChanged(RunState state) {
            states.add(state);
        }

        @Override
        public void onRecord(String sinkNodeId, List<Object> values) {
            sinks.add(sinkNodeId);
            records.add(values);
            someRecords.countDown();
        }

        @Override
        public void onOutput(String nodeId, String port, List<Object> values) {
            outputs.add(nodeId + "." + port + ":" + values);
        }

        @Override
        public void onRejected(String nodeId, String reason, String input) {
            rejected.add(nodeId + "|" + reason + "|" + input);
        }
    }

    @Test
    void onRecordReceivesSinkRecordsWhileTheJobRunsAndCancelEndsAnUnboundedJobAsCanceled() throws Exception {
        Recording listener = new Recording(20);
        Pipeline endless = PipelineBuilder.chain("endless", generator("gen", null, 1_000),
                csvSink("out", dir.resolve("out.csv")));

        RunHandle run = runner.start(endless, RunOptions.of(ExecutionMode.STREAMING).withListener(listener));
        assertThat(listener.someRecords.await(60, TimeUnit.SECONDS)).isTrue();
        RunState whileReceiving = run.state();
        run.cancel();
        RunResult result = run.result().get(60, TimeUnit.SECONDS);

        assertThat(whileReceiving).isEqualTo(RunState.RUNNING);
        assertThat(result.state()).isEqualTo(RunState.CANCELED);
        assertThat(run.state()).isEqualTo(RunState.CANCELED);
        assertThat(listener.states).containsExactly(RunState.CREATED, RunState.RUNNING, RunState.CANCELED);
        assertThat(listener.sinks).containsOnly("out");
        List<Object> first = listener.records.get(0);
        assertThat(first).hasSize(4);
        assertThat(first.get(0)).isInstanceOf(Long.class);
        assertThat(first.get(1)).isInstanceOf(String.class);
        assertThat(first.get(2)).isInstanceOf(Instant.class);
        assertThat(first.get(3)).isInstanceOf(Double.class);
    }

    @ParameterizedTest
    @EnumSource(ExecutionMode.class)
    void aBoundedRunGoesFromCreatedThroughRunningToFinishedAndHandsOnEveryRecord(ExecutionMode mode)
            throws Exception {
        Recording listener = new Recording(1);
        Path output = dir.resolve("out.csv");
        Pipeline pipeline = PipelineBuilder.chain("small", generator("gen", 300L, 0), csvSink("out", output));

        RunResult result = runner.run(pipeline, RunOptions.of(mode).withListener(listener));

        assertThat(result.state()).isEqualTo(RunState.FINISHED);
        assertThat(listener.states).containsExactly(RunState.CREATED, RunState.RUNNING, RunState.FINISHED);
        assertThat(listener.records).hasSize(300);
        List<String> heard = listener.records.stream()
                .map(values -> values.get(0) + "," + values.get(1) + "," + values.get(2) + "," + values.get(3))
                .toList();
        assertThat(TestFiles.sorted(heard)).isEqualTo(TestFiles.sortedLines(output));
    }

    @Test
    void onRejectedHearsEveryRejectedInputWithItsNodeAndReason() throws Exception {
        Recording listener = new Recording(1);
        Path input = TestFiles.write(dir.resolve("in.csv"), "a,1", "b,two", "c,3", "d");
        Pipeline pipeline = PipelineBuilder.chain("rejecting",
                csvSource("in", input, string("key"), int64("n")), csvSink("out", dir.resolve("out.csv")));

        RunResult result = runner.run(pipeline, RunOptions.of(ExecutionMode.STREAMING).withListener(listener)
                .withRejectedPath(dir.resolve("rejected.tsv")));

        assertThat(result.rejectedByNode()).containsEntry("in", 2L);
        assertThat(listener.rejected).containsExactlyInAnyOrder(
                "in|field 'n' is 'two'; expected a whole number|b,two",
                "in|expected 2 fields but found 1|d");
        assertThat(listener.records).hasSize(2);
    }

    @ParameterizedTest
    @EnumSource(value = RunState.class, names = {"RUNNING", "FINISHED"})
    void aListenerThatThrowsNeverLeavesTheRunUnfinished(RunState failingOn) throws Exception {
        RunListener throwing = new RunListener() {
            @Override
            public void onStateChanged(RunState state) {
                if (state == failingOn) {
                    throw new AssertionError("listener broke on " + state);
                }
            }
        };
        Pipeline pipeline = PipelineBuilder.chain("small", generator("gen", 2_000L, 4_000),
                csvSink("out", dir.resolve("out.csv")));

        RunHandle run = runner.start(pipeline, RunOptions.of(ExecutionMode.STREAMING).withListener(throwing));
        RunResult result = run.result().get(60, TimeUnit.SECONDS);

        assertThat(result.state().isTerminal()).isTrue();
        assertThat(run.state()).isEqualTo(result.state());
    }

    @Test
    void aRunThatFailsBeforeItsJobStartsGoesFromCreatedToFailed() throws Exception {
        Recording listener = new Recording(1);
        Pipeline pipeline = PipelineBuilder.chain("missing",
                csvSource("in", dir.resolve("missing.csv"), string("key")), csvSink("out", dir.resolve("out.csv")));

        RunResult result = runner.run(pipeline, RunOptions.of(ExecutionMode.BATCH).withListener(listener));

        assertThat(result.state()).isEqualTo(RunState.FAILED);
        assertThat(listener.states).containsExactly(RunState.CREATED, RunState.FAILED);
    }

    @ParameterizedTest
    @EnumSource(ExecutionMode.class)
    void aWatchedNodeHandsOnEveryRecordItEmitsAndUnwatchedNodesNone(ExecutionMode mode) throws Exception {
        Recording listener = new Recording(1);
        Path input = TestFiles.write(dir.resolve("in.csv"), "a,1", "b,2", "c,3", "d,4");
        Pipeline pipeline = PipelineBuilder.chain("watched",
                csvSource("in", input, string("key"), int64("n")), filter("even", "n % 2 == 0"),
                csvSink("out", dir.resolve("out.csv")));

        RunResult result = runner.run(pipeline,
                RunOptions.of(mode).withListener(listener).withWatched(Set.of("even")));

        assertThat(result.state()).isEqualTo(RunState.FINISHED);
        assertThat(listener.outputs).containsExactlyInAnyOrder("even.out:[b, 2]", "even.out:[d, 4]");
        assertThat(listener.records).hasSize(2);
    }

    @Test
    void aChartSinkHandsItsRecordsToTheListenerAndWritesNothing() throws Exception {
        Recording listener = new Recording(1);
        Path input = TestFiles.write(dir.resolve("in.csv"), "a,1", "b,2");
        Pipeline pipeline = PipelineBuilder.chain("charted", csvSource("in", input, string("key"), int64("n")),
                new ChartSinkNode("chart", null, ChartStyle.LATEST_BARS, "n", "key", "n", 0));

        RunResult result = runner.run(pipeline, RunOptions.of(ExecutionMode.BATCH).withListener(listener));

        assertThat(result.state()).isEqualTo(RunState.FINISHED);
        assertThat(listener.sinks).containsOnly("chart");
        assertThat(listener.records).extracting(Object::toString).containsExactlyInAnyOrder("[a, 1]", "[b, 2]");
    }
}
