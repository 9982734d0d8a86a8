package io.pipelinestudio.runtime.bench;

import io.pipelinestudio.runtime.io.LineFileSink;
import io.pipelinestudio.runtime.io.SinkTap;
import java.time.Duration;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.functions.AggregateFunction;
import org.apache.flink.api.common.functions.FlatMapFunction;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.api.java.tuple.Tuple4;
import org.apache.flink.connector.datagen.source.DataGeneratorSource;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.windowing.ProcessWindowFunction;
import org.apache.flink.streaming.api.windowing.assigners.TumblingEventTimeWindows;
import org.apache.flink.streaming.api.windowing.windows.TimeWindow;
import org.apache.flink.util.Collector;

/**
 * The window-count job as an engineer would write it by hand against the DataStream API, with tuples
 * instead of rows: the yardstick the compiled pipeline is measured against.
 */
final class HandWrittenWindowCount {
    private HandWrittenWindowCount() {}

    static StreamExecutionEnvironment build(long records, int keys, int parallelism, String output) {
        StreamExecutionEnvironment env = PairedJobs.handWrittenEnvironment(parallelism);
        DataStream<String> lines = env.fromSource(
                new DataGeneratorSource<>(new BenchLines(keys), records, Types.STRING),
                WatermarkStrategy.noWatermarks(), "lines");
        lines.flatMap(new Parse())
                .assignTimestampsAndWatermarks(WatermarkStrategy.<Tuple2<String, Long>>forBoundedOutOfOrderness(
                        Duration.ofSeconds(5)).withTimestampAssigner((event, previous) -> event.f1))
                .keyBy(event -> event.f0, Types.STRING)
                .window(TumblingEventTimeWindows.of(Duration.ofSeconds(10)))
                .aggregate(new Count(), new Emit())
                .sinkTo(new LineFileSink<Tuple4<Long, Long, String, Long>>(output, null,
                        t -> t.f0 + "," + t.f1 + "," + t.f2 + "," + t.f3, false, SinkTap.none()))
                .setParallelism(1);
        return env;
    }

    static final class Parse implements FlatMapFunction<String, Tuple2<String, Long>> {
        private static final long serialVersionUID = 1L;

        @Override
        public void flatMap(String line, Collector<Tuple2<String, Long>> out) {
            int comma = line.indexOf(',');
            if (comma < 0) {
                return;
            }
            int end = line.indexOf(',', comma + 1);
            try {
                long timestamp = Long.parseLong(line.substring(comma + 1, end < 0 ? line.length() : end).strip());
                out.collect(Tuple2.of(line.substring(0, comma), timestamp));
            } catch (NumberFormatException e) {
                // a hand-written job typically drops what it cannot parse
            }
        }
    }

    static final class Count implements AggregateFunction<Tuple2<String, Long>, Long, Long> {
        private static final long serialVersionUID = 1L;

        @Override
        public Long createAccumulator() {
            return 0L;
        }

        @Override
        public Long add(Tuple2<String, Long> value, Long acc) {
            return acc + 1;
        }

        @Override
        public Long getResult(Long acc) {
            return acc;
        }

        @Override
        public Long merge(Long a, Long b) {
            return a + b;
        }
    }

    static final class Emit extends ProcessWindowFunction<Long, Tuple4<Long, Long, String, Long>, String, TimeWindow> {
        private static final long serialVersionUID = 1L;

        @Override
        public void process(String key, Context context, Iterable<Long> counts,
                Collector<Tuple4<Long, Long, String, Long>> out) {
            out.collect(Tuple4.of(context.window().getStart(), context.window().getEnd(), key,
                    counts.iterator().next()));
        }
    }
}
