package io.pipelinestudio.runtime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pipeline files a hostile tester wrote, through the command line: each is refused before anything runs,
 * with exit 2 and a {@code node-id: message} line, never a Java class name or stack trace, and nothing is
 * written.
 */
class HostileFilesTest {
    @TempDir
    Path dir;
    private CliProbe.Result last;

    private int cli(String... args) {
        last = CliProbe.run(args);
        return last.exitCode();
    }

    private String err() {
        return last.err();
    }

    private Path pipeline(String parameters, String sinkPath) throws IOException {
        return Files.writeString(dir.resolve("hostile.json"), """
                {"formatVersion": 1, "name": "hostile", "parameters": [%s],
                 "nodes": [{"kind": "generator", "id": "events", "count": 10, "keys": 4},
                           {"kind": "csv-sink", "id": "out", "path": "%s"}],
                 "edges": [{"from": "events", "to": "out"}]}
                """.formatted(parameters, sinkPath));
    }

    private void refusedOn(String target, String... words) {
        assertThat(err()).startsWith(target + ": ").contains(words).doesNotContain("Exception").doesNotContain("java.")
                .doesNotContain("\tat ");
    }

    @Test
    void aNulInAPathIsRefusedOnItsNode() throws IOException {
        Path file = pipeline("{\"name\": \"output\", \"default\": \"out\\u0000.csv\"}", "${output}");

        for (String command : new String[] {"validate", "run"}) {
            assertThat(cli(command, file.toString())).as(command + ": " + err()).isEqualTo(Cli.INVALID);
            refusedOn("out", "not a valid file path", "\\u0000");
        }
    }

    @Test
    void placeholdersThatCannotResolveAreRefusedNotWrittenLiterally() throws IOException {
        Path cycle = pipeline("{\"name\": \"a\", \"default\": \"${b}\"}, {\"name\": \"b\", \"default\": \"${a}\"}",
                dir.resolve("${a}.csv").toString());
        assertThat(cli("run", cycle.toString())).as(err()).isEqualTo(Cli.INVALID);
        assertThat(err()).contains("refer").doesNotContain("Exception");

        Path spaced = pipeline("", dir.resolve("${my output}.csv").toString());
        assertThat(cli("run", spaced.toString())).as(err()).isEqualTo(Cli.INVALID);
        refusedOn("out", "${my output}");
        try (var written = Files.list(dir)) {
            assertThat(written.map(p -> p.getFileName().toString())).containsExactly("hostile.json");
        }
    }

    @Test
    void aFolderGivenAsAnInputFileIsRefusedOnTheSource() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("a-folder"));
        Path file = Files.writeString(dir.resolve("folder-input.json"), """
                {"formatVersion": 1, "name": "folder",
                 "nodes": [{"kind": "csv-source", "id": "events", "path": "%s",
                            "fields": [{"name": "key", "type": "string"}]},
                           {"kind": "csv-sink", "id": "out", "path": "%s"}],
                 "edges": [{"from": "events", "to": "out"}]}
                """.formatted(folder, dir.resolve("out.csv")));

        assertThat(cli("run", file.toString())).as(err()).isIn(Cli.INVALID, Cli.FAILED);
        assertThat(err()).contains("events").contains("folder").doesNotContain("Exception");
        assertThat(dir.resolve("out.csv")).doesNotExist();
    }

    /** A generator, {@code filters} chained filters and a CSV sink. */
    private Path chain(int filters) throws IOException {
        StringBuilder nodes = new StringBuilder("{\"kind\": \"generator\", \"id\": \"n0\", \"count\": 100, \"keys\": 4}");
        StringBuilder edges = new StringBuilder();
        for (int i = 1; i <= filters; i++) {
            nodes.append(",\n{\"kind\": \"filter\", \"id\": \"n").append(i).append("\", \"condition\": \"value >= 0.0\"}");
            edges.append(i == 1 ? "" : ",\n").append("{\"from\": \"n").append(i - 1).append("\", \"to\": \"n").append(i)
                    .append("\"}");
        }
        nodes.append(",\n{\"kind\": \"csv-sink\", \"id\": \"out\", \"path\": \"").append(dir.resolve("out.csv"))
                .append("\"}");
        edges.append(",\n{\"from\": \"n").append(filters).append("\", \"to\": \"out\"}");
        return Files.writeString(dir.resolve("chain-" + filters + ".json"), "{\"formatVersion\": 1, \"name\": \"chain\","
                + " \"nodes\": [" + nodes + "], \"edges\": [" + edges + "]}");
    }

    @Test
    void aChainLongerThanAJobCanHoldIsRefusedBeforeItRunsAndOneAtTheLimitRuns() throws IOException {
        Path tooLong = chain(10_000);
        assertThat(cli("validate", tooLong.toString())).as(err()).isEqualTo(Cli.INVALID);
        refusedOn("pipeline", "10002 nodes", "at most");
        assertThat(cli("run", tooLong.toString())).as(err()).isEqualTo(Cli.INVALID);

        assertThat(cli("run", chain(498).toString(), "--mode", "batch")).as(err()).isEqualTo(Cli.OK);
        assertThat(dir.resolve("out.csv")).exists();
    }

    @Test
    void anOutputBelowARegularFileFailsTheRunOnTheSinkInWords() throws IOException {
        Path file = Files.writeString(dir.resolve("a-file"), "not a folder\n");
        Path pipeline = pipeline("", file.resolve("out.csv").toString());

        assertThat(cli("run", pipeline.toString())).as(err()).isEqualTo(Cli.FAILED);
        assertThat(err()).contains("out: cannot write " + file.resolve("out.csv") + ": not a folder: " + file)
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(file).hasContent("not a folder");
    }
}
