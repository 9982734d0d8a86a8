package io.pipelinestudio.runtime.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.pipelinestudio.model.Pipeline;
import io.pipelinestudio.model.json.PipelineJson;
import io.pipelinestudio.model.validate.ExecutionMode;
import io.pipelinestudio.runtime.run.PipelineRunner;
import io.pipelinestudio.runtime.run.RunOptions;
import io.pipelinestudio.runtime.run.RunResult;
import io.pipelinestudio.runtime.run.RunState;
import io.pipelinestudio.runtime.testing.TestFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Generated input for the window-count example: good lines with awkward keys (quoted delimiters and quotes,
 * unicode, extra columns, CRLF endings) among bad ones (noise and invalid UTF-8, words for times, times
 * beyond what windows compute, stray quotes, 100 kB lines). Every line's fate is known from how it was
 * made, so the counts are computed here apart from Flink: every good line is counted in its window, every
 * bad one is rejected, nothing else, and BATCH gives what STREAMING gives.
 */
class InputDataFuzzTest {
    private static final long START = 1_700_000_000_000L;
    private static PipelineRunner runner;
    private static Path dir;

    @BeforeContainer
    static void start() throws IOException {
        runner = new PipelineRunner(2);
        dir = Files.createTempDirectory("input-fuzz");
    }

    @AfterContainer
    static void stop() throws Exception {
        runner.close();
    }

    /** One generated line: its bytes, and the key and time it counts under, or null when it must be rejected. */
    record Line(byte[] bytes, String key, long time) {
        boolean good() {
            return key != null;
        }
    }

    @Property(tries = 25, shrinking = net.jqwik.api.ShrinkingMode.BOUNDED)
    void everyLineIsCountedOrRejectedAndBothModesAgree(@ForAll("inputs") List<Line> lines) throws Exception {
        Path input = dir.resolve("input-" + System.nanoTime() + ".csv");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (Line line : lines) {
            bytes.write(line.bytes());
        }
        Files.write(input, bytes.toByteArray());

        List<String> batch = run(input, ExecutionMode.BATCH, lines);
        List<String> streaming = run(input, ExecutionMode.STREAMING, lines);

        assertThat(batch).isEqualTo(expectedCounts(lines));
        assertThat(streaming).isEqualTo(batch);
    }

    private List<String> run(Path input, ExecutionMode mode, List<Line> lines) throws Exception {
        Path output = dir.resolve(input.getFileName() + "." + mode + ".out.csv");
        Pipeline pipeline = PipelineJson.read(TestFiles.repositoryRoot().resolve("assets/examples/window-count.json"));
        RunResult result = runner.run(pipeline, RunOptions.of(mode).withParameters(Map.of("input", input.toString(),
                "output", output.toString())).withRejectedPath(dir.resolve(output.getFileName() + ".rejected.tsv")));

        assertThat(result.state()).as("%s: %s", mode, result.failure()).isEqualTo(RunState.FINISHED);
        assertThat(result.rejectedTotal()).as("rejected in " + mode)
                .isEqualTo(lines.stream().filter(line -> !line.good()).count());
        return TestFiles.sortedLines(output);
    }

    /** Counts per key and 10 s window, written as the CSV sink writes them (RFC 4180 quoting). */
    private static List<String> expectedCounts(List<Line> lines) {
        Map<String, Long> counts = new TreeMap<>();
        for (Line line : lines) {
            if (line.good()) {
                long start = line.time() - Math.floorMod(line.time(), 10_000L);
                counts.merge(start + "," + (start + 10_000) + "," + csv(line.key()), 1L, Long::sum);
            }
        }
        List<String> expected = new ArrayList<>();
        counts.forEach((window, n) -> expected.add(window + "," + n));
        return TestFiles.sorted(expected);
    }

    private static String csv(String field) {
        return field.contains(",") || field.contains("\"") ? "\"" + field.replace("\"", "\"\"") + "\"" : field;
    }

    @Provide
    Arbitrary<List<Line>> inputs() {
        // times never go back, so no record is late in STREAMING and both modes count the same
        return Arbitraries.integers().between(0, 2_000).list().ofMinSize(1).ofMaxSize(300).flatMap(steps -> {
            List<Long> times = new ArrayList<>();
            long time = START;
            for (int step : steps) {
                time += step;
                times.add(time);
            }
            return Combinators.combine(times.stream().map(InputDataFuzzTest::line).toList()).as(List::copyOf);
        });
    }

    private static Arbitrary<Line> line(long time) {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, good(time)),
                net.jqwik.api.Tuple.of(1, noise()),
                net.jqwik.api.Tuple.of(1, Arbitraries.of("yesterday", "1e9", "0x10", "NaN", "").map(word ->
                        bad("k," + word))),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(Long.MIN_VALUE, Long.MAX_VALUE, -(1L << 62) - 1, (1L << 62) + 1)
                        .map(extreme -> bad("k," + extreme))),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(bad("\"open," + time))),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(bad("x".repeat(100_000)))));
    }

    private static Arbitrary<Line> good(long time) {
        Arbitrary<String> key = Arbitraries.of("k1", "k,2", "k\"3", "ключ", "😀", " spaced ", "tab\there");
        Arbitrary<String> extra = Arbitraries.of("", ",extra", ",\"quoted, extra\"");
        Arbitrary<String> ending = Arbitraries.of("\n", "\r\n");
        return Combinators.combine(key, extra, ending).as((k, more, end) ->
                new Line((csv(k) + "," + time + more + end).getBytes(StandardCharsets.UTF_8), k, time));
    }

    /** Bytes without a delimiter, quote or line break, valid UTF-8 or not: one field, so rejected. */
    private static Arbitrary<Line> noise() {
        return Arbitraries.bytes().filter(b -> b != ',' && b != '"' && b != '\n' && b != '\r').array(byte[].class)
                .ofMinSize(1).ofMaxSize(200).map(noise -> {
                    byte[] line = new byte[noise.length + 1];
                    System.arraycopy(noise, 0, line, 0, noise.length);
                    line[noise.length] = '\n';
                    return new Line(line, null, 0);
                });
    }

    private static Line bad(String text) {
        return new Line((text + "\n").getBytes(StandardCharsets.UTF_8), null, 0);
    }
}
