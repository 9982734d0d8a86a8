package io.pipelinestudio.runtime.bench;

import io.pipelinestudio.runtime.io.LineFileSink;
import io.pipelinestudio.runtime.io.SinkTap;
import java.time.Duration;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.functions.AggregateFunction;
import org.apache.flink.api.common.functions.FlatMapFunction;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.api.java.tuple.Tuple3;
import org.apache.flink.api.java.tuple.Tuple5;
import org.apache.flink.connector.datagen.source.DataGeneratorSource;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.windowing.ProcessWindowFunction;
import org.apache.flink.streaming.api.windowing.assigners.SlidingEventTimeWindows;
import org.apache.flink.streaming.api.windowing.windows.TimeWindow;
import org.apache.flink.util.Collector;

/**
 * The sliding count and average as an engineer would write it by hand against the DataStream API, with
 * tuples and Flink's {@code SlidingEventTimeWindows}: each record is added to every window it falls in.
 */
final class HandWrittenSlidingAverage {
    private HandWrittenSlidingAverage() {}

    static StreamExecutionEnvironment build(long records, int keys, int parallelism, String output) {
        StreamExecutionEnvironment env = PairedJobs.handWrittenEnvironment(parallelism);
        env.fromSource(new DataGeneratorSource<>(new BenchLines(keys, true), records, Types.STRING),
                        WatermarkStrategy.noWatermarks(), "lines")
                .flatMap(new Parse())
                .assignTimestampsAndWatermarks(WatermarkStrategy.<Tuple3<String, Long, Long>>forBoundedOutOfOrderness(
                        Duration.ofSeconds(5)).withTimestampAssigner((event, previous) -> event.f1))
                .keyBy(event -> event.f0, Types.STRING)
                .window(SlidingEventTimeWindows.of(Duration.ofMillis(SlidingBench.SIZE_MS),
                        Duration.ofMillis(SlidingBench.SLIDE_MS)))
                .aggregate(new CountAndSum(), new Emit())
                .sinkTo(new LineFileSink<Tuple5<Long, Long, String, Long, Double>>(output, null,
                        t -> t.f0 + "," + t.f1 + "," + t.f2 + "," + t.f3 + "," + t.f4, false, SinkTap.none()))
                .setParallelism(1);
        return env;
    }

    static final class Parse implements FlatMapFunction<String, Tuple3<String, Long, Long>> {
        private static final long serialVersionUID = 1L;

        @Override
        public void flatMap(String line, Collector<Tuple3<String, Long, Long>> out) {
            int first = line.indexOf(',');
            int second = first < 0 ? -1 : line.indexOf(',', first + 1);
            if (second < 0) {
                return;
            }
            try {
                out.collect(Tuple3.of(line.substring(0, first), Long.parseLong(line, first + 1, second, 10),
                        Long.parseLong(line, second + 1, line.length(), 10)));
            } catch (NumberFormatException e) {
                // a hand-written job typically drops what it cannot parse
            }
        }
    }

    /** Count and sum of the value, as a tuple, added record by record. */
    static final class CountAndSum implements AggregateFunction<Tuple3<String, Long, Long>, Tuple2<Long, Long>,
            Tuple2<Long, Long>> {
        private static final long serialVersionUID = 1L;

        @Override
        public Tuple2<Long, Long> createAccumulator() {
            return Tuple2.of(0L, 0L);
        }

        @Override
        public Tuple2<Long, Long> add(Tuple3<String, Long, Long> value, Tuple2<Long, Long> acc) {
            return Tuple2.of(acc.f0 + 1, acc.f1 + value.f2);
        }

        @Override
        public Tuple2<Long, Long> getResult(Tuple2<Long, Long> acc) {
            return acc;
        }

        @Override
        public Tuple2<Long, Long> merge(Tuple2<Long, Long> a, Tuple2<Long, Long> b) {
            return Tuple2.of(a.f0 + b.f0, a.f1 + b.f1);
        }
    }

    static final class Emit extends ProcessWindowFunction<Tuple2<Long, Long>, Tuple5<Long, Long, String, Long, Double>,
            String, TimeWindow> {
        private static final long serialVersionUID = 1L;

        @Override
        public void process(String key, Context context, Iterable<Tuple2<Long, Long>> results,
                Collector<Tuple5<Long, Long, String, Long, Double>> out) {
            Tuple2<Long, Long> acc = results.iterator().next();
            out.collect(Tuple5.of(context.window().getStart(), context.window().getEnd(), key, acc.f0,
                    (double) acc.f1 / acc.f0));
        }
    }
}
