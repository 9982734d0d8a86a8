package io.pipelinestudio.runtime.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The soak's verdict: the median of the second quarter of the samples against that of the last. */
class SoakVerdictTest {
    private static final long MB = 1024 * 1024;

    /** Eight samples, two a quarter, with the given heap, RSS and rate in each quarter. */
    private static List<SoakSample> quarters(long[] heapMb, long[] rssMb, double[] rates) {
        List<SoakSample> samples = new ArrayList<>();
        for (int quarter = 0; quarter < 4; quarter++) {
            for (int i = 0; i < 2; i++) {
                samples.add(new SoakSample(10 * samples.size(), heapMb[quarter] * MB, rssMb[quarter] * MB,
                        rates[quarter], 0.2));
            }
        }
        return samples;
    }

    @Test
    void steadyFiguresPassAndAWarmUpInTheFirstQuarterIsIgnored() {
        SoakVerdict verdict = SoakVerdict.of(quarters(new long[] {20, 50, 52, 54}, new long[] {300, 400, 410, 420},
                new double[] {5_000, 20_000, 20_000, 19_000}));

        assertThat(verdict.problems()).isEmpty();
        assertThat(verdict.heap().second()).isEqualTo(50);
        assertThat(verdict.heap().last()).isEqualTo(54);
        assertThat(verdict.throughput().change()).isEqualTo(-0.05);
    }

    @Test
    void heapGrowingMoreThanTenPercentFails() {
        SoakVerdict verdict = SoakVerdict.of(quarters(new long[] {50, 50, 53, 56}, new long[] {400, 400, 400, 400},
                new double[] {20_000, 20_000, 20_000, 20_000}));

        assertThat(verdict.passed()).isFalse();
        assertThat(verdict.problems()).singleElement().asString().startsWith("heap after GC grew 12.0 %");
    }

    @Test
    void rssGrowingMoreThanTenPercentFails() {
        SoakVerdict verdict = SoakVerdict.of(quarters(new long[] {50, 50, 50, 50}, new long[] {400, 400, 430, 460},
                new double[] {20_000, 20_000, 20_000, 20_000}));

        assertThat(verdict.problems()).singleElement().asString().startsWith("RSS grew 15.0 %");
    }

    @Test
    void throughputFallingMoreThanTenPercentFails() {
        SoakVerdict verdict = SoakVerdict.of(quarters(new long[] {50, 50, 50, 50}, new long[] {400, 400, 400, 400},
                new double[] {20_000, 20_000, 19_000, 17_000}));

        assertThat(verdict.problems()).singleElement().asString().startsWith("throughput fell 15.0 %");
    }

    @Test
    void memoryThatShrinksAndThroughputThatRisesPass() {
        SoakVerdict verdict = SoakVerdict.of(quarters(new long[] {60, 60, 50, 40}, new long[] {500, 500, 450, 400},
                new double[] {20_000, 20_000, 22_000, 24_000}));

        assertThat(verdict.passed()).isTrue();
    }

    @Test
    void oneDisturbedReadingInAQuarterDoesNotDecide() {
        List<SoakSample> samples = new ArrayList<>(quarters(new long[] {50, 50, 50, 50},
                new long[] {400, 400, 400, 400}, new double[] {20_000, 20_000, 20_000, 20_000}));
        // twelve samples, three a quarter: one RSS spike in the last quarter leaves its median alone
        samples.add(2, samples.get(0));
        samples.add(5, samples.get(3));
        samples.add(8, samples.get(6));
        samples.add(new SoakSample(120, 50 * MB, 600 * MB, 20_000, 0.2));

        assertThat(SoakVerdict.of(samples).passed()).isTrue();
    }
}
