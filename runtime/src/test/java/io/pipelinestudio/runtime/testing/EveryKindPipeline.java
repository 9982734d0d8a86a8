package io.pipelinestudio.runtime.testing;

import static io.pipelinestudio.runtime.testing.NodeFixtures.avg;
import static io.pipelinestudio.runtime.testing.NodeFixtures.computed;
import static io.pipelinestudio.runtime.testing.NodeFixtures.consoleSink;
import static io.pipelinestudio.runtime.testing.NodeFixtures.count;
import static io.pipelinestudio.runtime.testing.NodeFixtures.csvSink;
import static io.pipelinestudio.runtime.testing.NodeFixtures.eventTime;
import static io.pipelinestudio.runtime.testing.NodeFixtures.filter;
import static io.pipelinestudio.runtime.testing.NodeFixtures.float64;
import static io.pipelinestudio.runtime.testing.NodeFixtures.generator;
import static io.pipelinestudio.runtime.testing.NodeFixtures.int64;
import static io.pipelinestudio.runtime.testing.NodeFixtures.keep;
import static io.pipelinestudio.runtime.testing.NodeFixtures.keyBy;
import static io.pipelinestudio.runtime.testing.NodeFixtures.map;
import static io.pipelinestudio.runtime.testing.NodeFixtures.max;
import static io.pipelinestudio.runtime.testing.NodeFixtures.min;
import static io.pipelinestudio.runtime.testing.NodeFixtures.parse;
import static io.pipelinestudio.runtime.testing.NodeFixtures.project;
import static io.pipelinestudio.runtime.testing.NodeFixtures.rebalance;
import static io.pipelinestudio.runtime.testing.NodeFixtures.reduce;
import static io.pipelinestudio.runtime.testing.NodeFixtures.rename;
import static io.pipelinestudio.runtime.testing.NodeFixtures.split;
import static io.pipelinestudio.runtime.testing.NodeFixtures.string;
import static io.pipelinestudio.runtime.testing.NodeFixtures.sum;
import static io.pipelinestudio.runtime.testing.NodeFixtures.window;

import io.pipelinestudio.model.Pipeline;
import io.pipelinestudio.model.node.ChartSinkNode;
import io.pipelinestudio.model.node.ChartStyle;
import io.pipelinestudio.model.node.CsvSourceNode;
import io.pipelinestudio.model.node.DeliveryGuarantee;
import io.pipelinestudio.model.node.FileSinkNode;
import io.pipelinestudio.model.node.KafkaSinkNode;
import io.pipelinestudio.model.node.KafkaSourceNode;
import io.pipelinestudio.model.node.MessageFormat;
import io.pipelinestudio.model.node.StartingOffsets;
import io.pipelinestudio.model.node.ModelKind;
import io.pipelinestudio.model.node.PredictNode;
import io.pipelinestudio.model.node.TrainNode;
import io.pipelinestudio.model.node.Node;
import io.pipelinestudio.model.node.ReduceEmission;
import io.pipelinestudio.model.node.WindowSpec;
import io.pipelinestudio.runtime.kafka.KafkaLines;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A pipeline that uses every node kind, on a seeded input with out-of-order times (within the bound),
 * negative values to filter out and a few payloads that do not parse. Training is optional: train
 * and predict fit different models in BATCH and STREAMING by design, so mode comparisons leave them out.
 */
public final class EveryKindPipeline {
    public static final long BOUND_MS = 2_000;
    public final Path input;
    public final Path windows;
    public final Path totals;
    public final Path generated;
    public final Path progress;
    public final Path predictions;
    public final Path fromKafka;
    /** The part files' directory: committed in BATCH mode; STREAMING without checkpoints leaves them pending. */
    public final Path parts;
    public final String publishTopic;
    public final Pipeline pipeline;

    /** Without the training nodes. */
    public EveryKindPipeline(Path dir, String suffix) {
        this(dir, suffix, false);
    }

    public EveryKindPipeline(Path dir, String suffix, boolean training) {
        input = dir.resolve("orders.txt");
        windows = dir.resolve("windows-" + suffix + ".csv");
        totals = dir.resolve("totals-" + suffix + ".csv");
        generated = dir.resolve("generated-" + suffix + ".csv");
        progress = dir.resolve("progress-" + suffix + ".csv");
        predictions = dir.resolve("predictions-" + suffix + ".csv");
        fromKafka = dir.resolve("from-kafka-" + suffix + ".csv");
        parts = dir.resolve("parts-" + suffix);
        publishTopic = TestKafka.newTopic("every-kind-publish", 2);
        if (!input.toFile().exists()) {
            TestFiles.write(input, lines(2_000, 11));
        }
        pipeline = build(training);
    }

    /** Every kind the model knows, so that a new kind shows up here as a missing case. */
    public List<Node> nodes() {
        return pipeline.nodes();
    }

    private Pipeline build(boolean training) {
        CsvSourceNode orders = new CsvSourceNode("orders", "Orders", input.toString(), "|", false,
                List.of(int64("id"), string("payload")));
        var parse = parse("parse", "payload", string("key"), int64("ts"), float64("value"), string("tags"));
        var positive = filter("positive", "value >= 0.0");
        var enrich = map("enrich", computed("scaled", "value * 2.0"), computed("key", "\"k-\" + key"));
        var tags = split("tags", "tags", " ", "tag", true);
        var slim = project("slim", keep("key"), keep("ts"), keep("tag"), rename("scaled", "amount"));
        var reduce = reduce("tag-totals", ReduceEmission.FINAL, count(), sum("amount"), min("amount"), max("ts"));
        var perSecond = window("per-second", WindowSpec.tumbling(1_000), 0, count(), sum("amount"), avg("amount"),
                max("ts"));
        PipelineBuilder builder = PipelineBuilder.pipeline("every-kind")
                .chain(orders, parse, positive, enrich, tags, slim, rebalance("spread"),
                        eventTime("time", "ts", BOUND_MS), keyBy("by-key", "key"), perSecond,
                        csvSink("windows", windows))
                .chain(perSecond, new ChartSinkNode("chart", "Chart", ChartStyle.TIME_SERIES, "window_end", "key",
                        "count", 0))
                .chain(slim, keyBy("by-tag", "tag"), reduce, csvSink("totals", totals))
                .chain(reduce, consoleSink("print"))
                .chain(generator("gen", 200L, 0), csvSink("generated", generated))
                .chain(generator("gen", 200L, 0), new FileSinkNode("parts", "Parts", parts.toString(),
                        MessageFormat.CSV, null, 60_000, 1 << 20));
        String bootstrap = TestKafka.shared().bootstrapServers();
        KafkaSourceNode feed = new KafkaSourceNode("feed", "Feed", bootstrap, feedTopic(), null,
                StartingOffsets.EARLIEST, null, MessageFormat.JSON, null,
                List.of(string("key"), int64("ts"), float64("value")), "message_key", "kafka_ts", "ts", BOUND_MS, 0,
                "true");
        builder.chain(feed, csvSink("from-kafka", fromKafka))
                .chain(feed, new KafkaSinkNode("publish", "Publish", bootstrap, publishTopic, MessageFormat.CSV, ";",
                        "key", DeliveryGuarantee.AT_LEAST_ONCE));
        if (training) {
            // scaled is exactly twice value: a line to fit
            var train = new TrainNode("fit", "Fit", ModelKind.LINEAR_REGRESSION, List.of("value"), "scaled", 0.1, 0.0,
                    true, 20, 0.0, 50, 1, null);
            var predict = new PredictNode("predict", "Predict", ModelKind.LINEAR_REGRESSION, List.of("value"), null);
            builder.chain(enrich, train, csvSink("progress", progress))
                    .chain(enrich, predict, csvSink("predictions", predictions))
                    .edge("fit", Node.OUT, "predict", PredictNode.MODEL);
        }
        return builder.build();
    }

    private static String feedTopic;

    /**
     * The Kafka source's topic, written once per test JVM: the orders as JSON messages without keys (the
     * message key field reads empty), a few of which do not parse, over two partitions.
     */
    public static synchronized String feedTopic() {
        if (feedTopic == null) {
            feedTopic = TestKafka.newTopic("every-kind-feed", 2);
            List<String> messages = new ArrayList<>();
            for (String line : lines(600, 13)) {
                String[] payload = line.substring(line.indexOf('|') + 1).split(",");
                messages.add(payload[1].equals("not-a-time") ? "{\"key\": \"" + payload[0] + "\", \"ts\": \"soon\"}"
                        : "{\"key\": \"" + payload[0] + "\", \"ts\": " + payload[1] + ", \"value\": " + payload[2] + "}");
            }
            KafkaLines.produce(TestKafka.shared().bootstrapServers(), feedTopic, messages);
        }
        return feedTopic;
    }

    static List<String> lines(int n, long seed) {
        Random random = new Random(seed);
        String[] tagWords = {"red", "green", "blue", ""};
        List<String> lines = new ArrayList<>();
        long time = 1_700_000_000_000L;
        for (int i = 0; i < n; i++) {
            time += random.nextInt(40);
            long ts = time - random.nextInt((int) BOUND_MS);
            String key = "key" + random.nextInt(5);
            double value = (random.nextInt(200) - 20) * 0.5;
            String tags = tagWords[random.nextInt(4)] + " " + tagWords[random.nextInt(4)] + "  "
                    + tagWords[random.nextInt(4)];
            String payload = i % 250 == 7 ? key + ",not-a-time," + value + "," + tags
                    : key + "," + ts + "," + value + "," + tags;
            lines.add(i + "|" + payload);
        }
        return lines;
    }
}
