package io.pipelinestudio.runtime.cli;

import static io.pipelinestudio.runtime.testing.NodeFixtures.computed;
import static io.pipelinestudio.runtime.testing.NodeFixtures.count;
import static io.pipelinestudio.runtime.testing.NodeFixtures.csvSink;
import static io.pipelinestudio.runtime.testing.NodeFixtures.csvSource;
import static io.pipelinestudio.runtime.testing.NodeFixtures.eventTime;
import static io.pipelinestudio.runtime.testing.NodeFixtures.filter;
import static io.pipelinestudio.runtime.testing.NodeFixtures.int64;
import static io.pipelinestudio.runtime.testing.NodeFixtures.map;
import static io.pipelinestudio.runtime.testing.NodeFixtures.string;
import static io.pipelinestudio.runtime.testing.NodeFixtures.window;
import static org.assertj.core.api.Assertions.assertThat;

import io.pipelinestudio.model.Pipeline;
import io.pipelinestudio.model.json.PipelineJson;
import io.pipelinestudio.model.node.WindowSpec;
import io.pipelinestudio.runtime.testing.PipelineBuilder;
import io.pipelinestudio.runtime.testing.TestFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's exit codes and what it prints, through {@link Cli#execute}. */
class CliTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    @TempDir
    Path dir;

    private int cli(String... args) {
        out.reset();
        err.reset();
        return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).execute(List.of(args));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static Path example() {
        return TestFiles.repositoryRoot().resolve("assets/examples/window-count.json");
    }

    private static Path sample() {
        return TestFiles.repositoryRoot().resolve("assets/data/window-count-sample.csv");
    }

    private Path save(Pipeline pipeline, String name) throws IOException {
        Path file = dir.resolve(name);
        PipelineJson.write(pipeline, file);
        return file;
    }

    /** The example's text with one part replaced, to make a broken file. */
    private Path exampleWith(String name, String find, String replacement) throws IOException {
        String text = Files.readString(example());
        assertThat(text).contains(find);
        return Files.writeString(dir.resolve(name), text.replace(find, replacement));
    }

    @Test
    void runOfAValidPipelineExitsZeroAndWritesItsOutput() {
        Path output = dir.resolve("counts.csv");

        int code = cli("run", example().toString(), "--mode", "streaming", "--param", "input=" + sample(),
                "--param=output=" + output);

        assertThat(code).as(err()).isEqualTo(Cli.OK);
        assertThat(TestFiles.lines(output)).isNotEmpty().allMatch(line -> line.matches("\\d+,\\d+,sensor-[a-d],\\d+"));
        assertThat(err()).contains("window-count: finished in").contains("(STREAMING)")
                .contains("rejected 4 records (events: 4), kept in " + output.toAbsolutePath() + ".rejected.tsv");
    }

    @Test
    void runOfAnInvalidPipelineExitsTwoWithEachProblemOnItsOwnLine() throws IOException {
        Path input = TestFiles.write(dir.resolve("in.csv"), "a,1");
        Pipeline invalid = PipelineBuilder.chain("invalid",
                csvSource("events", input, string("key"), int64("ts")),
                filter("recent", "time > 5"),
                eventTime("time", "ts", -1),
                window("count", WindowSpec.tumbling(1_000), 0, count()),
                csvSink("out", dir.resolve("out.csv")));

        int code = cli("run", save(invalid, "invalid.json").toString());

        assertThat(code).isEqualTo(Cli.INVALID);
        List<String> lines = err().lines().toList();
        assertThat(lines).anySatisfy(line -> assertThat(line)
                .startsWith("recent: the condition 'time > 5' is invalid at column 1: there is no field 'time'"));
        assertThat(lines).anySatisfy(line ->
                assertThat(line).isEqualTo("time: the maximum out-of-orderness must not be negative but is -1"));
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("count: a window aggregate needs a keyed input"));
        assertThat(lines).allSatisfy(line -> assertThat(line).matches("[a-z-]+: .+"));
        assertThat(dir.resolve("out.csv")).doesNotExist();
    }

    @Test
    void runOfAFailingJobExitsOneWithTheRootCauseAndAStackTraceOnlyWhenVerbose() throws IOException {
        Path input = TestFiles.write(dir.resolve("in.csv"), "a,10,0");
        Path file = save(PipelineBuilder.chain("divide",
                csvSource("in", input, string("key"), int64("amount"), int64("parts")),
                map("share", computed("share", "amount / parts")), csvSink("out", dir.resolve("out.csv"))),
                "divide.json");

        int quiet = cli("run", file.toString());
        String quietErr = err();
        int verbose = cli("run", file.toString(), "--verbose");
        String verboseErr = err();

        assertThat(quiet).isEqualTo(Cli.FAILED);
        assertThat(quietErr).contains("divide: failed after")
                .contains("share: expression 'amount / parts' failed: division by zero")
                .doesNotContain("\tat ");
        assertThat(verbose).isEqualTo(Cli.FAILED);
        assertThat(verboseErr).contains("share: expression 'amount / parts' failed: division by zero")
                .contains("\tat ");
    }

    @Test
    void runOfAPipelineWhoseInputIsMissingExitsOneNamingTheNodeAndFile() {
        Path missing = dir.resolve("nowhere.csv");

        int code = cli("run", example().toString(), "--param", "input=" + missing, "--param",
                "output=" + dir.resolve("out.csv"));

        assertThat(code).isEqualTo(Cli.FAILED);
        assertThat(err()).contains("events: the input file " + missing.toAbsolutePath() + " does not exist")
                .doesNotContain("\tat ");
    }

    @Test
    void validateExitsZeroForAValidPipelineAndTwoForAnInvalidOne() throws IOException {
        int valid = cli("validate", example().toString());
        String validOut = out();
        Path unbounded = exampleWith("bad-mode.json", "\"maxOutOfOrdernessMs\" : 5000", "\"maxOutOfOrdernessMs\" : -5");
        int invalid = cli("validate", unbounded.toString(), "--mode", "batch");

        assertThat(valid).isEqualTo(Cli.OK);
        assertThat(validOut).contains("window-count: valid (5 nodes, 4 edges)");
        assertThat(invalid).isEqualTo(Cli.INVALID);
        assertThat(err().lines()).contains("event-time: the maximum out-of-orderness must not be negative but is -5");
    }

    @Test
    void anUnknownOptionExitsTwoAndShowsTheUsage() {
        int code = cli("run", example().toString(), "--frobnicate");

        assertThat(code).isEqualTo(Cli.INVALID);
        assertThat(err()).contains("error: unknown option --frobnicate").contains("usage:");
    }

    @Test
    void aCorruptFileExitsTwoNamingWhereInTheDocumentTheProblemIs() throws IOException {
        List<String> errors = new ArrayList<>();
        Path wrongType = exampleWith("wrong-type.json", "\"maxOutOfOrdernessMs\" : 5000",
                "\"maxOutOfOrdernessMs\" : \"soon\"");
        assertThat(cli("validate", wrongType.toString())).isEqualTo(Cli.INVALID);
        errors.add(err());
        Path unknownKind = exampleWith("unknown-kind.json", "\"kind\" : \"key-by\"", "\"kind\" : \"teleport\"");
        assertThat(cli("run", unknownKind.toString())).isEqualTo(Cli.INVALID);
        errors.add(err());
        Path newer = exampleWith("newer.json", "\"formatVersion\" : 1", "\"formatVersion\" : 99");
        assertThat(cli("run", newer.toString())).isEqualTo(Cli.INVALID);
        errors.add(err());
        Path truncated = Files.writeString(dir.resolve("truncated.json"),
                Files.readString(example()).substring(0, 300));
        assertThat(cli("validate", truncated.toString())).isEqualTo(Cli.INVALID);
        errors.add(err());

        assertThat(errors.get(0)).startsWith("event-time: maxOutOfOrdernessMs: expected a whole number but found 'soon'")
                .contains("(at $.nodes[1].maxOutOfOrdernessMs in " + wrongType + ")");
        assertThat(errors.get(1)).startsWith("by-key: unknown node kind 'teleport'").contains("(at $.nodes[2].kind in ");
        assertThat(errors.get(2)).startsWith("pipeline: ").contains("format version 99").contains("(at $.formatVersion in ");
        assertThat(errors.get(3)).contains("not valid JSON").contains("line ");
        assertThat(errors).allSatisfy(text -> assertThat(text).doesNotContain("\tat "));
    }

    @Test
    void theUsageNamesStopAndRestoringFromASavepoint() {
        assertThat(cli("help")).isEqualTo(Cli.OK);
        assertThat(out()).contains("./studio stop JOB_ID --cluster http://HOST:PORT --savepoint DIR")
                .contains("[--from-savepoint PATH [--allow-non-restored-state]]");
    }

    @Test
    void stopWithABadCommandLineExitsTwoSayingWhatWasExpected() {
        String jobId = "0123456789abcdef0123456789abcdef";

        assertThat(cli("stop", "job-1", "--cluster", "http://127.0.0.1:8081", "--savepoint", "/savepoints"))
                .isEqualTo(Cli.INVALID);
        assertThat(err()).contains("error: expected a job id of 32 hexadecimal digits, as submit prints it, but got 'job-1'");
        assertThat(cli("stop", jobId, "--cluster", "http://127.0.0.1:8081")).isEqualTo(Cli.INVALID);
        assertThat(err()).contains("error: --savepoint is required");
        assertThat(cli("stop", jobId, "--cluster", "http://127.0.0.1:8081", "--savepoint", "savepoints"))
                .isEqualTo(Cli.INVALID);
        assertThat(err()).contains("error: --savepoint: the savepoint directory must be absolute or a URI");
        assertThat(cli("stop", jobId, "--savepoint", "/savepoints")).isEqualTo(Cli.INVALID);
        assertThat(err()).contains("error: --cluster is required");
    }

    @Test
    void stopOfAJobOnAClusterThatDoesNotAnswerExitsOneWithOneLine() throws IOException {
        String cluster = "http://127.0.0.1:" + freePort();

        int code = cli("stop", "0123456789abcdef0123456789abcdef", "--cluster", cluster, "--savepoint", "/savepoints");

        assertThat(code).isEqualTo(Cli.FAILED);
        assertThat(out()).isEmpty();
        assertThat(err().lines().filter(line -> line.startsWith("error: "))).singleElement().satisfies(line ->
                assertThat(line).contains("cannot reach the Flink cluster at " + cluster + "/").contains("connection refused"));
        assertThat(err()).doesNotContain("\tat ");
    }

    @Test
    void allowingNonRestoredStateWithoutASavepointExitsTwo() {
        int code = cli("submit", example().toString(), "--cluster", "http://127.0.0.1:8081",
                "--allow-non-restored-state");

        assertThat(code).isEqualTo(Cli.INVALID);
        assertThat(err()).contains("error: --allow-non-restored-state only applies to a restore; give --from-savepoint");
    }

    @Test
    void aSavepointThatIsNotThereExitsTwoBeforeTheClusterIsAsked() throws IOException {
        Path missing = dir.resolve("savepoint-nowhere");

        // nothing listens there: asking the cluster anything would fail with 1
        int code = cli("submit", example().toString(), "--cluster", "http://127.0.0.1:" + freePort(),
                "--from-savepoint", missing.toString());

        assertThat(code).isEqualTo(Cli.INVALID);
        assertThat(err()).contains("error: --from-savepoint: cannot read the savepoint " + missing)
                .doesNotContain("\tat ");
    }

    @Test
    void aRelativeSavepointPathMeansThePathFromHere() throws IOException {
        int code = cli("submit", example().toString(), "--cluster", "http://127.0.0.1:" + freePort(),
                "--from-savepoint", "savepoint-nowhere");

        assertThat(code).isEqualTo(Cli.INVALID);
        assertThat(err()).contains("cannot read the savepoint " + Path.of("savepoint-nowhere").toAbsolutePath());
    }

    private static int freePort() throws IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @Test
    void benchExpressionsExitsZeroAndPrintsNanosecondsPerRecord() {
        int code = cli("bench", "expressions", "--records", "20000");

        assertThat(code).as(err()).isEqualTo(Cli.OK);
        assertThat(out()).contains("ns/record").contains("20,000");
    }

    @Test
    void anUnknownBenchmarkExitsTwo() {
        assertThat(cli("bench", "nonsense")).isEqualTo(Cli.INVALID);
        assertThat(err()).contains("unknown benchmark 'nonsense'");
    }
}
