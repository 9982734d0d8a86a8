package io.pipelinestudio.runtime.run;

import static io.pipelinestudio.runtime.testing.NodeFixtures.csvSink;
import static io.pipelinestudio.runtime.testing.NodeFixtures.generator;
import static org.assertj.core.api.Assertions.assertThat;

import io.pipelinestudio.model.JobSettings;
import io.pipelinestudio.model.Pipeline;
import io.pipelinestudio.model.node.FileSinkNode;
import io.pipelinestudio.model.node.GeneratorSourceNode;
import io.pipelinestudio.model.node.MessageFormat;
import io.pipelinestudio.model.validate.ExecutionMode;
import io.pipelinestudio.runtime.testing.PipelineBuilder;
import io.pipelinestudio.runtime.testing.Runs;
import io.pipelinestudio.runtime.testing.SharedRunner;
import io.pipelinestudio.runtime.testing.TestFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Part files, on the shared embedded cluster: what becomes visible, in which mode, and when. */
@ExtendWith(SharedRunner.class)
class FileSinkTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(ExecutionMode.class)
    void committedPartFilesHoldEveryRecordOnceAsTheCsvSinkWritesThem(ExecutionMode mode, PipelineRunner runner)
            throws Exception {
        GeneratorSourceNode generator = generator("gen", 5_000L, 0);
        Path parts = dir.resolve("parts");
        Path csv = dir.resolve("all.csv");
        Pipeline pipeline = PipelineBuilder.pipeline("parts")
                .chain(generator, new FileSinkNode("parts", "Parts", parts.toString(), MessageFormat.CSV, null,
                        60_000, 16 * 1024))
                .chain(generator, csvSink("all", csv))
                .build()
                // in STREAMING mode the parts are committed by checkpoints, the last one when the input ends
                .withJob(JobSettings.DEFAULTS.withCheckpoints(100, null, null));

        Runs.finished(runner, pipeline, mode);

        List<Path> committed = partFiles(parts, false);
        assertThat(committed).as("parts rolled at 16 KiB").hasSizeGreaterThan(2)
                .allMatch(part -> part.getFileName().toString().matches("part-.*\\.csv"));
        assertThat(partFiles(parts, true)).as("parts still in progress or pending").isEmpty();
        List<String> lines = new ArrayList<>();
        for (Path part : committed) {
            lines.addAll(TestFiles.lines(part));
        }
        assertThat(TestFiles.sorted(lines)).hasSize(5_000).isEqualTo(TestFiles.sortedLines(csv));
    }

    /** The part files: committed ones, or the hidden ones (a leading dot) that are not committed yet. */
    private static List<Path> partFiles(Path directory, boolean hidden) throws Exception {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.getFileName().toString().startsWith(".") == hidden).sorted().toList();
        }
    }
}
