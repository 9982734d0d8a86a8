package io.pipelinestudio.runtime.bench;

import io.pipelinestudio.model.Pipeline;
import io.pipelinestudio.model.json.PipelineJson;
import io.pipelinestudio.model.node.AggregateFunction;
import io.pipelinestudio.model.node.Aggregation;
import io.pipelinestudio.model.node.CsvSourceNode;
import io.pipelinestudio.model.node.Node;
import io.pipelinestudio.model.node.WindowAggregateNode;
import io.pipelinestudio.model.node.WindowSpec;
import io.pipelinestudio.model.schema.Field;
import io.pipelinestudio.model.schema.FieldType;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A 60 s window sliding every 1 s, count and average of a value per key, over {@code key,timestamp_ms,value}
 * lines: the window-count example with that window, compiled, against the same job written by hand with
 * Flink's {@code SlidingEventTimeWindows}.
 */
final class SlidingBench {
    private static final long DEFAULT_RECORDS = 10_000_000L;
    static final long SIZE_MS = 60_000;
    static final long SLIDE_MS = 1_000;

    private SlidingBench() {}

    static void run(BenchSettings settings, PrintStream out) throws Exception {
        PairedJobs.Sizes sizes = PairedJobs.Sizes.of(settings, DEFAULT_RECORDS);
        Pipeline pipeline = pipeline();
        out.printf(Locale.ROOT, "sliding: %,d generated records per run, %d keys, %d s windows every %d s, parallelism %d,"
                + " %d runs each%n", sizes.records(), WindowCountBench.KEYS, SIZE_MS / 1000, SLIDE_MS / 1000,
                sizes.parallelism(), sizes.runs());
        PairedJobs.Figures figures = PairedJobs.run(sizes,
                (n, workDir) -> WindowCountBench.compiledGraph(pipeline, new BenchLines(WindowCountBench.KEYS, true), n,
                        sizes.parallelism(), workDir),
                (n, workDir) -> HandWrittenSlidingAverage.build(n, WindowCountBench.KEYS, sizes.parallelism(),
                        workDir.resolve("handwritten.csv").toString()).getStreamGraph(), out);
        out.printf(Locale.ROOT, "ratio compiled/handwritten: %.2f%n", figures.ratio());
    }

    /** The window-count example reading a value too, with a sliding window that counts and averages it. */
    static Pipeline pipeline() throws Exception {
        Pipeline example = PipelineJson.read(StudioHome.resolve("assets/examples/window-count.json"));
        List<Node> nodes = new ArrayList<>();
        for (Node node : example.nodes()) {
            if (node instanceof CsvSourceNode source) {
                List<Field> fields = new ArrayList<>(source.fields());
                fields.add(new Field("value", FieldType.LONG));
                nodes.add(new CsvSourceNode(source.id(), source.label(), source.path(), source.delimiter(),
                        source.header(), fields));
            } else if (node instanceof WindowAggregateNode window) {
                nodes.add(new WindowAggregateNode(window.id(), "Count and average per minute, every second",
                        WindowSpec.sliding(SIZE_MS, SLIDE_MS), window.time(), window.allowedLatenessMs(),
                        List.of(new Aggregation(AggregateFunction.COUNT, null, "count"),
                                new Aggregation(AggregateFunction.AVG, "value", "avg_value")),
                        window.windowStartField(), window.windowEndField()));
            } else {
                nodes.add(node);
            }
        }
        return example.withNodes(nodes);
    }
}
