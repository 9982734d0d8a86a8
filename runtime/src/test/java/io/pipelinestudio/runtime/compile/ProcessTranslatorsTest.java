package io.pipelinestudio.runtime.compile;

import static io.pipelinestudio.runtime.testing.NodeFixtures.computed;
import static io.pipelinestudio.runtime.testing.NodeFixtures.count;
import static io.pipelinestudio.runtime.testing.NodeFixtures.csvSink;
import static io.pipelinestudio.runtime.testing.NodeFixtures.csvSinkWithHeader;
import static io.pipelinestudio.runtime.testing.NodeFixtures.csvSource;
import static io.pipelinestudio.runtime.testing.NodeFixtures.eventTime;
import static io.pipelinestudio.runtime.testing.NodeFixtures.filter;
import static io.pipelinestudio.runtime.testing.NodeFixtures.float64;
import static io.pipelinestudio.runtime.testing.NodeFixtures.generator;
import static io.pipelinestudio.runtime.testing.NodeFixtures.int64;
import static io.pipelinestudio.runtime.testing.NodeFixtures.keep;
import static io.pipelinestudio.runtime.testing.NodeFixtures.keyBy;
import static io.pipelinestudio.runtime.testing.NodeFixtures.map;
import static io.pipelinestudio.runtime.testing.NodeFixtures.parse;
import static io.pipelinestudio.runtime.testing.NodeFixtures.project;
import static io.pipelinestudio.runtime.testing.NodeFixtures.rebalance;
import static io.pipelinestudio.runtime.testing.NodeFixtures.rename;
import static io.pipelinestudio.runtime.testing.NodeFixtures.split;
import static io.pipelinestudio.runtime.testing.NodeFixtures.string;
import static io.pipelinestudio.runtime.testing.NodeFixtures.timestamp;
import static io.pipelinestudio.runtime.testing.NodeFixtures.bool;
import static io.pipelinestudio.runtime.testing.NodeFixtures.window;
import static org.assertj.core.api.Assertions.assertThat;

import io.pipelinestudio.model.Pipeline;
import io.pipelinestudio.model.node.CsvSourceNode;
import io.pipelinestudio.model.node.WindowSpec;
import io.pipelinestudio.model.validate.ExecutionMode;
import io.pipelinestudio.model.validate.PipelineValidator;
import io.pipelinestudio.runtime.run.PipelineRunner;
import io.pipelinestudio.runtime.run.RunOptions;
import io.pipelinestudio.runtime.run.RunResult;
import io.pipelinestudio.runtime.testing.PipelineBuilder;
import io.pipelinestudio.runtime.testing.Prepared;
import io.pipelinestudio.runtime.testing.Runs;
import io.pipelinestudio.runtime.testing.SharedRunner;
import io.pipelinestudio.runtime.testing.TestFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.apache.flink.streaming.api.graph.StreamGraph;
import org.apache.flink.streaming.api.graph.StreamNode;
import org.apache.flink.streaming.runtime.partitioner.RebalancePartitioner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The translators of the record-at-a-time nodes, run on small inputs and checked line by line. */
@ExtendWith(SharedRunner.class)
class ProcessTranslatorsTest {
    private final PipelineRunner runner;
    @TempDir
    Path dir;

    ProcessTranslatorsTest(PipelineRunner runner) {
        this.runner = runner;
    }

    private Path products() {
        return TestFiles.write(dir.resolve("products.csv"), "a,3,1.5", "b,1,0.25", "c,7,2.0", "b,5,4.5", "d,2,8.0");
    }

    private CsvSourceNode productSource() {
        return csvSource("products", products(), string("name"), int64("qty"), float64("price"));
    }

    @Test
    void parseTurnsATextFieldIntoTypedFieldsAndRejectsTextThatDoesNotParse() {
        Path input = TestFiles.write(dir.resolve("in.txt"), "1|a,10,true", "2|b,x,false", "3|c,30,maybe", "4|d,40",
                "5|e,50,false,extra");
        Path output = dir.resolve("out.csv");
        Path rejected = dir.resolve("rejected.tsv");
        CsvSourceNode source = new CsvSourceNode("in", null, input.toString(), "|", false,
                List.of(int64("id"), string("payload")));
        Pipeline pipeline = PipelineBuilder.chain("parse", source,
                parse("parse", "payload", string("code"), int64("amount"), bool("ok")), csvSinkWithHeader("out", output));

        RunResult result = Runs.finished(runner, pipeline,
                RunOptions.of(ExecutionMode.STREAMING).withRejectedPath(rejected));

        assertThat(TestFiles.lines(output).get(0)).isEqualTo("id,code,amount,ok");
        assertThat(TestFiles.sorted(TestFiles.lines(output).subList(1, 3))).containsExactly("1,a,10,true", "5,e,50,false");
        assertThat(TestFiles.lines(output)).hasSize(3);
        assertThat(result.rejectedByNode()).isEqualTo(Map.of("parse", 3L));
        assertThat(result.rejectedFile()).isEqualTo(rejected.toAbsolutePath());
        assertThat(TestFiles.lines(rejected).get(0)).isEqualTo("node\treason\tinput");
        assertThat(TestFiles.lines(rejected)).hasSize(4);
        assertThat(TestFiles.lines(rejected).subList(1, 4)).containsExactlyInAnyOrder(
                "parse\tfield 'amount' is 'x'; expected a whole number\tb,x,false",
                "parse\tfield 'ok' is 'maybe'; expected true or false\tc,30,maybe",
                "parse\texpected 3 fields but found 2\td,40");
    }

    @Test
    void projectKeepsRenamesAndReordersFields() {
        Path output = dir.resolve("out.csv");
        Pipeline pipeline = PipelineBuilder.chain("project", productSource(),
                project("project", rename("price", "cost"), keep("name")), csvSinkWithHeader("out", output));

        Runs.finished(runner, pipeline, ExecutionMode.BATCH);

        List<String> lines = TestFiles.lines(output);
        assertThat(lines.get(0)).isEqualTo("cost,name");
        assertThat(TestFiles.sorted(lines.subList(1, lines.size())))
                .containsExactly("0.25,b", "1.5,a", "2.0,c", "4.5,b", "8.0,d");
    }

    @Test
    void filterKeepsTheRecordsWhoseConditionHolds() {
        Path output = dir.resolve("out.csv");
        Pipeline pipeline = PipelineBuilder.chain("filter", productSource(),
                filter("filter", "qty > 2 && name != \"b\" || price == 8.0"), csvSink("out", output));

        Runs.finished(runner, pipeline, ExecutionMode.STREAMING);

        assertThat(TestFiles.sortedLines(output)).containsExactly("a,3,1.5", "c,7,2.0", "d,2,8.0");
    }

    @Test
    void mapReplacesAndAppendsTypedComputedFieldsFromTheInputRecord() {
        Path output = dir.resolve("out.csv");
        Pipeline pipeline = PipelineBuilder.chain("map", productSource(),
                map("map",
                        computed("price", "price * 2.0"),
                        computed("total", "double(qty) * price"),
                        computed("label", "name + \"#\" + string(qty)"),
                        computed("big", "qty > 2"),
                        computed("qty", "qty + 1")),
                csvSinkWithHeader("out", output));

        Runs.finished(runner, pipeline, ExecutionMode.BATCH);

        List<String> lines = TestFiles.lines(output);
        // replaced fields keep their place, new ones follow; every expression sees the input record
        assertThat(lines.get(0)).isEqualTo("name,qty,price,total,label,big");
        assertThat(TestFiles.sorted(lines.subList(1, lines.size()))).containsExactly(
                "a,4,3.0,4.5,a#3,true",
                "b,2,0.5,0.25,b#1,false",
                "b,6,9.0,22.5,b#5,true",
                "c,8,4.0,14.0,c#7,true",
                "d,3,16.0,16.0,d#2,false");
    }

    @Test
    void expressionsSeeTimestampsAsEpochMilliseconds() {
        Path input = TestFiles.write(dir.resolve("in.csv"), "a,2023-11-14T22:13:20Z", "b,1700000001000",
                "c,1700000005000");
        Path output = dir.resolve("out.csv");
        Pipeline pipeline = PipelineBuilder.chain("timestamps",
                csvSource("in", input, string("key"), timestamp("at")),
                filter("early", "at < 1700000002000"),
                map("later", computed("plus_second", "at + 1000")), csvSinkWithHeader("out", output));

        Runs.finished(runner, pipeline, ExecutionMode.STREAMING);

        assertThat(TestFiles.lines(output)).first().isEqualTo("key,at,plus_second");
        assertThat(TestFiles.sorted(TestFiles.lines(output).subList(1, 3))).containsExactly(
                "a,2023-11-14T22:13:20Z,1700000001000", "b,2023-11-14T22:13:21Z,1700000002000");
        assertThat(TestFiles.lines(output)).hasSize(3);
    }

    @Test
    void flatMapSplitsATextFieldIntoOneRecordPerPartAndSkipsEmptyPartsWhenAsked() {
        Path input = TestFiles.write(dir.resolve("in.csv"), "1,a b  c", "2,", "3,single");
        Path skipping = dir.resolve("skip.csv");
        Path keeping = dir.resolve("keep.csv");
        Pipeline skip = PipelineBuilder.chain("split",
                csvSource("in", input, int64("id"), string("text")),
                split("split", "text", " ", "word", true), csvSinkWithHeader("out", skipping));
        Pipeline keep = PipelineBuilder.chain("split",
                csvSource("in", input, int64("id"), string("text")),
                split("split", "text", " ", null, false), csvSink("out", keeping));

        Runs.finished(runner, skip, ExecutionMode.STREAMING);
        Runs.finished(runner, keep, ExecutionMode.STREAMING);

        assertThat(TestFiles.lines(skipping).get(0)).isEqualTo("id,word");
        assertThat(TestFiles.sorted(TestFiles.lines(skipping).subList(1, TestFiles.lines(skipping).size())))
                .containsExactly("1,a", "1,b", "1,c", "3,single");
        assertThat(TestFiles.sortedLines(keeping)).containsExactly("1,", "1,a", "1,b", "1,c", "2,", "3,single");
    }

    @Test
    void rebalanceSpreadsRecordsRoundRobinAndKeepsEveryRecord() {
        Path output = dir.resolve("out.csv");
        Pipeline pipeline = PipelineBuilder.chain("rebalance", generator("gen", 300L, 0), rebalance("spread"),
                csvSink("out", output));

        StreamGraph graph = PipelineCompiler.compile(Prepared.of(pipeline, ExecutionMode.STREAMING),
                CompileOptions.of(SharedRunner.PARALLELISM)).streamGraph();
        Runs.finished(runner, pipeline, ExecutionMode.STREAMING);

        StreamNode sink = graph.getStreamNodes().stream()
                .filter(n -> n.getOperatorName().startsWith("Write out")).findFirst().orElseThrow();
        assertThat(sink.getInEdges()).singleElement()
                .satisfies(edge -> assertThat(edge.getPartitioner()).isInstanceOf(RebalancePartitioner.class));
        List<Long> ids = new ArrayList<>();
        TestFiles.lines(output).forEach(line -> ids.add(Long.parseLong(line.substring(0, line.indexOf(',')))));
        assertThat(ids).containsExactlyInAnyOrderElementsOf(LongStream.range(0, 300).boxed().toList());
    }

    @Test
    void eventTimePassesRecordsOnUnchanged() {
        Path input = TestFiles.write(dir.resolve("in.csv"), "a,1000,1.0", "b,500,2.0", "a,3000,3.0");
        Path output = dir.resolve("out.csv");
        Pipeline pipeline = PipelineBuilder.chain("event-time",
                csvSource("in", input, string("key"), int64("ts"), float64("value")),
                eventTime("time", "ts", 1000), csvSink("out", output));

        Runs.finished(runner, pipeline, ExecutionMode.STREAMING);

        assertThat(TestFiles.sortedLines(output)).containsExactly("a,1000,1.0", "a,3000,3.0", "b,500,2.0");
    }

    @Test
    void eventTimeFromATimestampFieldPlacesRecordsInTheirWindows() {
        Path input = TestFiles.write(dir.resolve("in.csv"),
                "a,2024-01-01T00:00:10Z", "a,2024-01-01T00:00:59.999Z", "b,2024-01-01T00:01:00Z",
                "a,2024-01-01T00:01:30Z", "b,2024-01-01T00:00:30Z");
        Path output = dir.resolve("out.csv");
        Pipeline pipeline = PipelineBuilder.chain("event-time-instant",
                csvSource("in", input, string("key"), timestamp("at")),
                eventTime("time", "at", 60_000), keyBy("by-key", "key"),
                window("minute", WindowSpec.tumbling(60_000), 0, count()), csvSink("out", output));

        Runs.finished(runner, pipeline, ExecutionMode.STREAMING);

        long minute0 = 1_704_067_200_000L;
        long minute1 = minute0 + 60_000;
        long minute2 = minute1 + 60_000;
        assertThat(TestFiles.sortedLines(output)).containsExactlyElementsOf(TestFiles.sorted(List.of(
                minute0 + "," + minute1 + ",a,2",
                minute0 + "," + minute1 + ",b,1",
                minute1 + "," + minute2 + ",a,1",
                minute1 + "," + minute2 + ",b,1")));
    }
}
