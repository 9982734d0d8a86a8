package io.pipelinestudio.runtime.compile;

import static io.pipelinestudio.runtime.testing.NodeFixtures.consoleSink;
import static io.pipelinestudio.runtime.testing.NodeFixtures.csvSink;
import static io.pipelinestudio.runtime.testing.NodeFixtures.csvSource;
import static io.pipelinestudio.runtime.testing.NodeFixtures.float64;
import static io.pipelinestudio.runtime.testing.NodeFixtures.generator;
import static io.pipelinestudio.runtime.testing.NodeFixtures.int64;
import static io.pipelinestudio.runtime.testing.NodeFixtures.string;
import static org.assertj.core.api.Assertions.assertThat;

import io.pipelinestudio.model.Pipeline;
import io.pipelinestudio.model.node.CsvSinkNode;
import io.pipelinestudio.model.validate.ExecutionMode;
import io.pipelinestudio.runtime.io.LineFileSink;
import io.pipelinestudio.runtime.run.PipelineRunner;
import io.pipelinestudio.runtime.run.RunHandle;
import io.pipelinestudio.runtime.run.RunListener;
import io.pipelinestudio.runtime.run.RunOptions;
import io.pipelinestudio.runtime.run.RunResult;
import io.pipelinestudio.runtime.run.RunState;
import io.pipelinestudio.runtime.testing.PipelineBuilder;
import io.pipelinestudio.runtime.testing.Runs;
import io.pipelinestudio.runtime.testing.SharedRunner;
import io.pipelinestudio.runtime.testing.TestFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The csv-sink and console-sink translators. */
@ExtendWith(SharedRunner.class)
class SinkTranslatorsTest {
    private final PipelineRunner runner;
    @TempDir
    Path dir;

    SinkTranslatorsTest(PipelineRunner runner) {
        this.runner = runner;
    }

    private Path products() {
        return TestFiles.write(dir.resolve("in.csv"), "a,3,1.5", "b \"x\",1,0.25", "c;d,7,2.0");
    }

    @Test
    void csvSinkWritesAHeaderAndItsDelimiterAndLeavesNoInProgressFileAfterSuccess() throws IOException {
        Path output = dir.resolve("out/result.csv");
        Pipeline pipeline = PipelineBuilder.chain("sink",
                csvSource("in", products(), string("name"), int64("qty"), float64("price")),
                new CsvSinkNode("out", "Out", output.toString(), ";", true));

        Runs.finished(runner, pipeline, ExecutionMode.STREAMING);

        List<String> lines = TestFiles.lines(output);
        assertThat(lines.get(0)).isEqualTo("name;qty;price");
        assertThat(TestFiles.sorted(lines.subList(1, lines.size())))
                .containsExactly("\"b \"\"x\"\"\";1;0.25", "\"c;d\";7;2.0", "a;3;1.5");
        try (Stream<Path> files = Files.list(output.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("result.csv");
        }
    }

    @Test
    void csvSinkReplacesAnOldFileOnlyWhenTheNewOneIsComplete() throws Exception {
        Path output = TestFiles.write(dir.resolve("out.csv"), "old content");
        CountDownLatch someWritten = new CountDownLatch(50);
        RunListener listener = new RunListener() {
            @Override
            public void onRecord(String sinkNodeId, List<Object> values) {
                someWritten.countDown();
            }
        };
        Pipeline pipeline = PipelineBuilder.chain("endless", generator("gen", null, 1_000), csvSink("out", output));

        RunHandle run = runner.start(pipeline, RunOptions.of(ExecutionMode.STREAMING).withListener(listener));
        try {
            assertThat(someWritten.await(60, TimeUnit.SECONDS)).isTrue();
            // records are being written, but aside: the file under its name is still the old, complete one
            assertThat(LineFileSink.inProgressPath(output)).exists();
            assertThat(TestFiles.lines(output)).containsExactly("old content");
        } finally {
            run.cancel();
        }
        RunResult result = run.result().get(60, TimeUnit.SECONDS);

        assertThat(result.state()).isEqualTo(RunState.CANCELED);
        assertThat(TestFiles.lines(output)).containsExactly("old content");
    }

    @Test
    void consoleSinkPrintsCommaSeparatedLinesOnStandardOutput() {
        Pipeline pipeline = PipelineBuilder.chain("console",
                csvSource("in", products(), string("name"), int64("qty"), float64("price")), consoleSink("print"));
        PrintStream stdout = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            Runs.finished(runner, pipeline, ExecutionMode.BATCH);
        } finally {
            System.setOut(stdout);
        }

        List<String> lines = printed.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).containsExactlyInAnyOrder("a,3,1.5", "\"b \"\"x\"\"\",1,0.25", "c;d,7,2.0");
    }
}
