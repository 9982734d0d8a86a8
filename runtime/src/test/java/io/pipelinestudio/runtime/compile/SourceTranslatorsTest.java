package io.pipelinestudio.runtime.compile;

import static io.pipelinestudio.runtime.testing.NodeFixtures.bool;
import static io.pipelinestudio.runtime.testing.NodeFixtures.csvSink;
import static io.pipelinestudio.runtime.testing.NodeFixtures.float64;
import static io.pipelinestudio.runtime.testing.NodeFixtures.generator;
import static io.pipelinestudio.runtime.testing.NodeFixtures.int64;
import static io.pipelinestudio.runtime.testing.NodeFixtures.string;
import static io.pipelinestudio.runtime.testing.NodeFixtures.timestamp;
import static org.assertj.core.api.Assertions.assertThat;

import io.pipelinestudio.model.Pipeline;
import io.pipelinestudio.model.node.CsvSourceNode;
import io.pipelinestudio.model.validate.ExecutionMode;
import io.pipelinestudio.runtime.run.PipelineRunner;
import io.pipelinestudio.runtime.run.RunResult;
import io.pipelinestudio.runtime.testing.PipelineBuilder;
import io.pipelinestudio.runtime.testing.Runs;
import io.pipelinestudio.runtime.testing.SharedRunner;
import io.pipelinestudio.runtime.testing.TestFiles;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The csv-source and generator translators, run on small inputs. */
@ExtendWith(SharedRunner.class)
class SourceTranslatorsTest {
    private final PipelineRunner runner;
    @TempDir
    Path dir;

    SourceTranslatorsTest(PipelineRunner runner) {
        this.runner = runner;
    }

    @Test
    void csvSourceParsesTypedFieldsQuotesTimestampsAndSkipsHeaderAndExtraColumns() {
        Path input = TestFiles.write(dir.resolve("in.csv"),
                "name,ts,active,score,n,note",
                "plain,1700000000000,true,1.5,3,extra",
                "\"with,comma\",2023-11-14T22:13:21Z,FALSE,-2.25,-7,more,columns",
                "\"say \"\"hi\"\"\",1700000002000, true ,0,0",
                "iso-millis,2023-11-14T22:13:23.500Z,false,1e3, 42 ");
        Path output = dir.resolve("out.csv");
        CsvSourceNode source = new CsvSourceNode("events", "Events", input.toString(), ",", true,
                List.of(string("name"), timestamp("ts"), bool("active"), float64("score"), int64("n")));
        Pipeline pipeline = PipelineBuilder.chain("csv-source", source, csvSink("out", output));

        RunResult result = Runs.finished(runner, pipeline, ExecutionMode.BATCH);

        assertThat(TestFiles.sortedLines(output)).containsExactlyElementsOf(TestFiles.sorted(List.of(
                "plain,2023-11-14T22:13:20Z,true,1.5,3",
                "\"with,comma\",2023-11-14T22:13:21Z,false,-2.25,-7",
                "\"say \"\"hi\"\"\",2023-11-14T22:13:22Z,true,0.0,0",
                "iso-millis,2023-11-14T22:13:23.500Z,false,1000.0,42")));
        assertThat(result.rejectedByNode()).isEmpty();
        assertThat(result.rejectedFile()).isNull();
    }

    @Test
    void csvSourceReadsEpochMillisecondsAndIsoTimestampsAsTheSameInstant() {
        Path input = TestFiles.write(dir.resolve("in.csv"), "a,1700000000123", "b,2023-11-14T22:13:20.123Z",
                "c,2023-11-14T23:13:20.123+01:00");
        Path output = dir.resolve("out.csv");
        Pipeline pipeline = PipelineBuilder.chain("timestamps",
                new CsvSourceNode("in", null, input.toString(), ",", false, List.of(string("k"), timestamp("t"))),
                csvSink("out", output));

        Runs.finished(runner, pipeline, ExecutionMode.STREAMING);

        String instant = Instant.ofEpochMilli(1_700_000_000_123L).toString();
        assertThat(TestFiles.sortedLines(output)).containsExactly("a," + instant, "b," + instant, "c," + instant);
    }

    @Test
    void boundedGeneratorGivesExactlyCountRecordsAndTheSameRecordsInBothModes() {
        long count = 500;
        Path batchOut = dir.resolve("batch.csv");
        Path streamingOut = dir.resolve("streaming.csv");

        Runs.finished(runner, PipelineBuilder.chain("gen", generator("gen", count, 0), csvSink("out", batchOut)),
                ExecutionMode.BATCH);
        Runs.finished(runner, PipelineBuilder.chain("gen", generator("gen", count, 0), csvSink("out", streamingOut)),
                ExecutionMode.STREAMING);

        List<String> batch = TestFiles.sortedLines(batchOut);
        assertThat(batch).hasSize((int) count).doesNotHaveDuplicates();
        assertThat(TestFiles.sortedLines(streamingOut)).isEqualTo(batch);
        List<Long> ids = new ArrayList<>();
        for (String line : batch) {
            String[] parts = line.split(",");
            long id = Long.parseLong(parts[0]);
            ids.add(id);
            // the fixture's generator: 4 keys, start 1_700_000_000_000, 100 ms per record, no disorder
            assertThat(parts[1]).isIn("key-0", "key-1", "key-2", "key-3");
            assertThat(Instant.parse(parts[2])).isEqualTo(Instant.ofEpochMilli(1_700_000_000_000L + id * 100));
            assertThat(Double.parseDouble(parts[3])).isBetween(0.0, 100.0);
        }
        assertThat(ids).containsExactlyInAnyOrderElementsOf(LongStream.range(0, count).boxed().toList());
    }
}
