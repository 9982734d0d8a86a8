package io.pipelinestudio.runtime.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.pipelinestudio.runtime.cli.Cli;
import io.pipelinestudio.runtime.cli.CliProbe;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The soak as CI runs it: two minutes through the command line, which must hold memory and throughput steady. */
class SoakTest {
    private static final Pattern SAMPLE = Pattern.compile(
            "^\\s*\\d+ s  heap after GC\\s+[\\d.]+ MB  RSS\\s+[\\d.]+ MB\\s+[\\d,]+ records/s.*$", Pattern.MULTILINE);
    private static final Pattern TOTALS = Pattern.compile(
            "generated ([\\d,]+) records; the windows counted ([\\d,]+) of them.*the CSV sink wrote ([\\d,]+) lines;"
                    + ".* ([\\d,]+) rejected");

    @Test
    void aTwoMinuteSoakSamplesEveryTenSecondsWritesItsCountsAndHoldsSteady() throws IOException {
        Set<Path> foldersBefore = soakFolders();

        CliProbe.Result result = CliProbe.run("bench", "soak", "--minutes", "2");

        String out = result.out();
        // the figures belong in the build's log, as the README quotes them
        System.out.println(out);
        assertThat(result.exitCode()).as(out + result).isEqualTo(Cli.OK);
        assertThat(SAMPLE.matcher(out).results().count()).as(out).isEqualTo(12);
        assertThat(out).contains("heap after GC: 2nd quarter").contains("RSS:           2nd quarter")
                .contains("throughput:    2nd quarter").contains("soak: passed");
        Matcher totals = TOTALS.matcher(out);
        assertThat(totals.find()).as(out).isTrue();
        long generated = number(totals.group(1));
        long windowed = number(totals.group(2));
        long csvLines = number(totals.group(3));
        assertThat(windowed).isPositive().isLessThanOrEqualTo(generated);
        assertThat(csvLines).isPositive();
        assertThat(number(totals.group(4))).isZero();
        assertThat(soakFolders()).as("the soak removes its temporary folder").isEqualTo(foldersBefore);
    }

    @Test
    void aSoakTooShortForASamplePerQuarterIsRefused() {
        CliProbe.Result result = CliProbe.run("bench", "soak", "--minutes", "1", "--sample-seconds", "20");

        assertThat(result.exitCode()).isEqualTo(Cli.INVALID);
        assertThat(result.err()).contains("takes 3 samples; expected at least 4");
    }

    @Test
    void aSoakOfNoMinutesIsRefused() {
        CliProbe.Result result = CliProbe.run("bench", "soak", "--minutes", "0");

        assertThat(result.exitCode()).isEqualTo(Cli.INVALID);
        assertThat(result.err()).contains("--minutes expects a whole number of at least 1 but got 0");
    }

    private static long number(String digits) {
        return Long.parseLong(digits.replace(",", ""));
    }

    private static Set<Path> soakFolders() throws IOException {
        try (Stream<Path> files = Files.list(Paths.get(System.getProperty("java.io.tmpdir")))) {
            return files.filter(p -> p.getFileName().toString().startsWith("studio-soak")).collect(Collectors.toSet());
        }
    }
}
