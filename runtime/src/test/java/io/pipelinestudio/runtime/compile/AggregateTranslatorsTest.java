package io.pipelinestudio.runtime.compile;

import static io.pipelinestudio.runtime.testing.NodeFixtures.avg;
import static io.pipelinestudio.runtime.testing.NodeFixtures.bool;
import static io.pipelinestudio.runtime.testing.NodeFixtures.count;
import static io.pipelinestudio.runtime.testing.NodeFixtures.csvSink;
import static io.pipelinestudio.runtime.testing.NodeFixtures.csvSinkWithHeader;
import static io.pipelinestudio.runtime.testing.NodeFixtures.csvSource;
import static io.pipelinestudio.runtime.testing.NodeFixtures.eventTime;
import static io.pipelinestudio.runtime.testing.NodeFixtures.float64;
import static io.pipelinestudio.runtime.testing.NodeFixtures.int64;
import static io.pipelinestudio.runtime.testing.NodeFixtures.keyBy;
import static io.pipelinestudio.runtime.testing.NodeFixtures.max;
import static io.pipelinestudio.runtime.testing.NodeFixtures.min;
import static io.pipelinestudio.runtime.testing.NodeFixtures.reduce;
import static io.pipelinestudio.runtime.testing.NodeFixtures.string;
import static io.pipelinestudio.runtime.testing.NodeFixtures.sum;
import static io.pipelinestudio.runtime.testing.NodeFixtures.window;
import static org.assertj.core.api.Assertions.assertThat;

import io.pipelinestudio.model.Pipeline;
import io.pipelinestudio.model.node.Aggregation;
import io.pipelinestudio.model.node.CsvSourceNode;
import io.pipelinestudio.model.node.ReduceEmission;
import io.pipelinestudio.model.node.WindowSpec;
import io.pipelinestudio.model.validate.ExecutionMode;
import io.pipelinestudio.runtime.run.PipelineRunner;
import io.pipelinestudio.runtime.testing.PipelineBuilder;
import io.pipelinestudio.runtime.testing.Runs;
import io.pipelinestudio.runtime.testing.SharedRunner;
import io.pipelinestudio.runtime.testing.TestFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The key-by, reduce and window-aggregate translators, checked against aggregates computed in the test. */
@ExtendWith(SharedRunner.class)
class AggregateTranslatorsTest {
    private static final Aggregation[] ALL = {count(), sum("amount"), min("amount"), max("amount"), avg("amount"),
        sum("value"), min("value"), max("value"), avg("value")};
    private final PipelineRunner runner;
    @TempDir
    Path dir;

    AggregateTranslatorsTest(PipelineRunner runner) {
        this.runner = runner;
    }

    /** key, flag, amount (whole numbers), value (halves, so that every sum is exact in any order). */
    private record Sale(String key, boolean flag, long amount, double value) {
        String line() {
            return key + "," + flag + "," + amount + "," + value;
        }
    }

    private static List<Sale> sales(int n, long seed) {
        Random random = new Random(seed);
        List<Sale> sales = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            sales.add(new Sale("k" + random.nextInt(5), random.nextBoolean(), random.nextInt(201) - 100,
                    (random.nextInt(401) - 200) * 0.5));
        }
        return sales;
    }

    private CsvSourceNode salesSource(List<Sale> sales) {
        Path input = TestFiles.write(dir.resolve("sales.csv"), sales.stream().map(Sale::line).toList());
        return csvSource("sales", input, string("key"), bool("flag"), int64("amount"), float64("value"));
    }

    /** The reduce's output line of each key: count, then sum, min, max, avg of amount and of value. */
    private static List<String> expectedTotals(List<Sale> sales, boolean byFlagToo) {
        Map<String, List<Sale>> groups = new TreeMap<>();
        for (Sale sale : sales) {
            String key = byFlagToo ? sale.key() + "," + sale.flag() : sale.key();
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(sale);
        }
        List<String> lines = new ArrayList<>();
        groups.forEach((key, group) -> {
            long sumAmount = 0;
            long minAmount = Long.MAX_VALUE;
            long maxAmount = Long.MIN_VALUE;
            double sumValue = 0;
            double minValue = Double.POSITIVE_INFINITY;
            double maxValue = Double.NEGATIVE_INFINITY;
            for (Sale sale : group) {
                sumAmount += sale.amount();
                minAmount = Math.min(minAmount, sale.amount());
                maxAmount = Math.max(maxAmount, sale.amount());
                sumValue += sale.value();
                minValue = Math.min(minValue, sale.value());
                maxValue = Math.max(maxValue, sale.value());
            }
            int n = group.size();
            lines.add(key + "," + n + "," + sumAmount + "," + minAmount + "," + maxAmount + ","
                    + ((double) sumAmount / n) + "," + sumValue + "," + minValue + "," + maxValue + ","
                    + (sumValue / n));
        });
        return TestFiles.sorted(lines);
    }

    @Test
    void keyByAndReduceGiveCountSumMinMaxAvgPerKeyAndTheSameFinalResultsInBothModes() {
        List<Sale> sales = sales(3_000, 5);
        CsvSourceNode source = salesSource(sales);
        Path batch = dir.resolve("batch.csv");
        Path streaming = dir.resolve("streaming.csv");

        Runs.finished(runner, PipelineBuilder.chain("reduce", source, keyBy("by-key", "key"),
                reduce("totals", ReduceEmission.FINAL, ALL), csvSinkWithHeader("out", batch)), ExecutionMode.BATCH);
        Runs.finished(runner, PipelineBuilder.chain("reduce", source, keyBy("by-key", "key"),
                reduce("totals", ReduceEmission.FINAL, ALL), csvSinkWithHeader("out", streaming)),
                ExecutionMode.STREAMING);

        List<String> lines = TestFiles.lines(batch);
        assertThat(lines.get(0)).isEqualTo(
                "key,count,sum_amount,min_amount,max_amount,avg_amount,sum_value,min_value,max_value,avg_value");
        assertThat(TestFiles.sorted(lines.subList(1, lines.size()))).isEqualTo(expectedTotals(sales, false));
        assertThat(TestFiles.sortedLines(streaming)).isEqualTo(TestFiles.sortedLines(batch));
    }

    @Test
    void keyByManyFieldsGroupsByTheirCombination() {
        List<Sale> sales = sales(1_000, 8);
        Path output = dir.resolve("out.csv");

        Runs.finished(runner, PipelineBuilder.chain("reduce", salesSource(sales), keyBy("by-key-flag", "key", "flag"),
                reduce("totals", ReduceEmission.FINAL, ALL), csvSink("out", output)), ExecutionMode.STREAMING);

        assertThat(TestFiles.sortedLines(output)).isEqualTo(expectedTotals(sales, true));
    }

    @Test
    void reduceEmittingEveryRecordGivesRunningResultsInStreamingEndingAtTheFinalOnes() {
        List<Sale> sales = sales(400, 9);
        Path output = dir.resolve("out.csv");

        Runs.finished(runner, PipelineBuilder.chain("running", salesSource(sales), keyBy("by-key", "key"),
                reduce("totals", ReduceEmission.EVERY_RECORD, ALL), csvSink("out", output)), ExecutionMode.STREAMING);

        List<String> lines = TestFiles.lines(output);
        assertThat(lines).hasSize(sales.size());
        // the last update of each key is the one with the highest count
        Map<String, String> last = new HashMap<>();
        Map<String, Long> counts = new HashMap<>();
        for (String line : lines) {
            String[] parts = line.split(",");
            long n = Long.parseLong(parts[1]);
            if (n > counts.getOrDefault(parts[0], 0L)) {
                counts.put(parts[0], n);
                last.put(parts[0], line);
            }
        }
        assertThat(TestFiles.sorted(last.values())).isEqualTo(expectedTotals(sales, false));
    }

    @Test
    void windowAggregateGivesStartEndKeyAndAggregatesOfEachTumblingWindow() {
        Path input = TestFiles.write(dir.resolve("in.csv"),
                "a,1000,2", "a,4999,3", "b,2000,10", "a,5000,7", "b,9999,1", "a,10000,4");
        Path output = dir.resolve("out.csv");
        Pipeline pipeline = PipelineBuilder.chain("window",
                csvSource("in", input, string("key"), int64("ts"), int64("amount")),
                eventTime("time", "ts", 0), keyBy("by-key", "key"),
                window("five-seconds", WindowSpec.tumbling(5_000), 0, count(), sum("amount"), max("amount")),
                csvSinkWithHeader("out", output));

        Runs.finished(runner, pipeline, ExecutionMode.BATCH);

        List<String> lines = TestFiles.lines(output);
        assertThat(lines.get(0)).isEqualTo("window_start,window_end,key,count,sum_amount,max_amount");
        assertThat(TestFiles.sorted(lines.subList(1, lines.size()))).containsExactly(
                "0,5000,a,2,5,3",
                "0,5000,b,1,10,10",
                "10000,15000,a,1,4,4",
                "5000,10000,a,1,7,7",
                "5000,10000,b,1,1,1");
    }
}
