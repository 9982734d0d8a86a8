package io.pipelinestudio.app.bench;

import io.pipelinestudio.app.chart.ChartLatency;
import io.pipelinestudio.app.chart.WindowChartView;
import io.pipelinestudio.app.files.NativeFileDialogs;
import io.pipelinestudio.app.run.FlowCounters;
import io.pipelinestudio.app.run.SharedRunner;
import io.pipelinestudio.app.shell.Designer;
import io.pipelinestudio.model.Edge;
import io.pipelinestudio.model.Pipeline;
import io.pipelinestudio.model.Position;
import io.pipelinestudio.model.node.AggregateFunction;
import io.pipelinestudio.model.node.Aggregation;
import io.pipelinestudio.model.node.CsvSinkNode;
import io.pipelinestudio.model.node.EventTimeNode;
import io.pipelinestudio.model.node.GeneratorSourceNode;
import io.pipelinestudio.model.node.KeyByNode;
import io.pipelinestudio.model.node.Node;
import io.pipelinestudio.model.node.TimeCharacteristic;
import io.pipelinestudio.model.node.WatermarkEmission;
import io.pipelinestudio.model.node.WindowAggregateNode;
import io.pipelinestudio.model.node.WindowSpec;
import io.pipelinestudio.model.validate.ExecutionMode;
import io.pipelinestudio.runtime.run.RunState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Runs pipelines from the designer as a person would and measures (1) start-to-first-result of a small
 * pipeline, cold (Run pressed as the window opens, the embedded cluster still starting) and warm (later
 * runs on the started cluster), and (2) with a generator at {@code bench.rate} records per second (100k)
 * feeding an event-time window whose results are charted live: how long window results wait between
 * leaving the job and entering the chart's data (per refresh, the oldest result's wait), and the FX
 * pulse intervals meanwhile. Run with {@code -Dprism.order=sw} under Xvfb; see the README.
 */
public final class RunBench {
    private static final double RATE = Double.parseDouble(System.getProperty("bench.rate", "100000"));
    private static final int SECONDS = Integer.getInteger("bench.seconds", 20);
    private static final int WARM_RUNS = Integer.getInteger("bench.warmRuns", 3);
    /** Press Run only once the cluster has started, as a person who opens the designer first does. */
    private static final boolean AFTER_CLUSTER = Boolean.getBoolean("bench.afterClusterStart");

    private RunBench() {}

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("studio-run-bench");
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        Designer[] holder = new Designer[1];
        Platform.runLater(() -> {
            Stage stage = new Stage();
            holder[0] = new Designer(stage, dir.resolve("config"), new NativeFileDialogs());
            stage.setWidth(1600);
            stage.setHeight(1000);
            holder[0].show(List.of());
            holder[0].autosave().stop();
        });
        Designer designer = onFx(() -> holder[0]);

        // 1. start to first result, cold and warm
        if (AFTER_CLUSTER) {
            SharedRunner.get().join();
            System.out.printf(Locale.ROOT, "cluster started in %d ms%n", SharedRunner.startupMillis());
        }
        onFx(() -> {
            designer.document().load(small(dir.resolve("small.csv")), null, false);
            designer.runs().modeProperty().set(ExecutionMode.STREAMING);
            designer.runs().run();
            return null;
        });
        List<Long> firstResults = new ArrayList<>();
        firstResults.add(awaitRun(designer));
        for (int i = 0; i < WARM_RUNS; i++) {
            onFx(() -> {
                designer.runs().run();
                return null;
            });
            firstResults.add(awaitRun(designer));
        }
        System.out.printf(Locale.ROOT, "start to first result, first run (%s): %d ms%n",
                AFTER_CLUSTER ? "cluster already started" : "Run pressed as the window opened, cluster starting",
                firstResults.get(0));
        System.out.printf(Locale.ROOT, "start to first result, warm: %s ms%n", firstResults.subList(1, firstResults.size()));

        // 2. a 100k records/s generator feeding a live window chart
        onFx(() -> {
            designer.document().load(streaming(dir.resolve("windows.csv")), null, false);
            designer.runs().run();
            return null;
        });
        waitFor("the streaming job to run", () -> onFxQuietly(() -> designer.runs().stateProperty().get() == RunState.RUNNING));
        List<Double> pulses = new ArrayList<>();
        AnimationTimer[] timer = new AnimationTimer[1];
        Thread.sleep(3_000);
        long generatedBefore = onFx(() -> generated(designer));
        onFx(() -> {
            timer[0] = new AnimationTimer() {
                private long last;

                @Override
                public void handle(long now) {
                    if (last != 0) {
                        pulses.add((now - last) / 1e6);
                    }
                    last = now;
                }
            };
            timer[0].start();
            resetLatency(designer);
            return null;
        });
        long measuredFrom = System.nanoTime();
        Thread.sleep(SECONDS * 1_000L);
        double seconds = (System.nanoTime() - measuredFrom) / 1e9;
        long generatedAfter = onFx(() -> generated(designer));
        onFx(() -> {
            timer[0].stop();
            designer.runs().stop();
            return null;
        });
        waitFor("the job to stop", () -> onFxQuietly(() -> !designer.runs().isRunning()));
        double[] sorted = pulses.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        ChartLatency measured = onFx(() -> designer.windowCharts().view("windows").orElseThrow().latency());
        System.out.printf(Locale.ROOT, "generator: %.0f records/s asked, %.0f records/s measured over %.0f s%n", RATE,
                (generatedAfter - generatedBefore) / seconds, seconds);
        System.out.printf(Locale.ROOT, "window results charted: %d in %d refreshes%n", measured.results(),
                measured.refreshes());
        System.out.printf(Locale.ROOT,
                "window fire to chart data: mean %.1f ms, p50 %d ms, p95 %d ms, p99 %d ms, max %.1f ms%n",
                measured.meanMillis(), measured.percentileMillis(0.5), measured.percentileMillis(0.95),
                measured.percentileMillis(0.99), measured.maxMillis());
        System.out.printf(Locale.ROOT, "FX pulse interval: median %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms (%d pulses)%n",
                percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99),
                sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1], sorted.length);
        Platform.exit();
        System.exit(0);
    }

    private static void resetLatency(Designer designer) {
        WindowChartView view = designer.windowCharts().view("windows").orElseThrow();
        view.latency().reset();
    }

    private static long generated(Designer designer) {
        FlowCounters counters = designer.runOverlay().counters();
        return counters == null ? 0 : counters.total("gen", Node.OUT);
    }

    private static long awaitRun(Designer designer) throws Exception {
        waitFor("the run to end", () -> onFxQuietly(() -> designer.runs().lastResultProperty().get() != null
                && !designer.runs().isRunning()));
        Long first = onFx(() -> designer.runs().firstResultMillisProperty().get());
        return first == null ? -1 : first;
    }

    private static Pipeline small(Path output) {
        return chain("small", new GeneratorSourceNode("gen", null, 1_000L, 0, 4, 0, 1000, 0, 1),
                new CsvSinkNode("out", null, output.toString(), ",", false));
    }

    /** Generator → event time → key-by → 10 s tumbling count and average per key → CSV. */
    private static Pipeline streaming(Path output) {
        return chain("live-windows",
                new GeneratorSourceNode("gen", null, null, RATE, 16, 0, 1, 0, 1),
                new EventTimeNode("time", null, "timestamp", 0, 0, WatermarkEmission.PERIODIC),
                new KeyByNode("by-key", null, List.of("key")),
                new WindowAggregateNode("windows", null, WindowSpec.tumbling(10_000), TimeCharacteristic.EVENT, 0,
                        List.of(new Aggregation(AggregateFunction.COUNT, null, "count"),
                                new Aggregation(AggregateFunction.AVG, "value", "avg_value")), null, null),
                new CsvSinkNode("out", null, output.toString(), ",", false));
    }

    private static Pipeline chain(String name, Node... nodes) {
        List<Edge> edges = new ArrayList<>();
        Map<String, Position> layout = new HashMap<>();
        for (int i = 0; i < nodes.length; i++) {
            layout.put(nodes[i].id(), new Position(60 + 260 * i, 120));
            if (i > 0) {
                edges.add(Edge.of(nodes[i - 1].id(), nodes[i].id()));
            }
        }
        return new Pipeline(Pipeline.FORMAT_VERSION, name, null, List.of(), List.of(nodes), edges, layout);
    }

    private static void waitFor(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Expected " + what + " within 3 minutes but it did not happen");
            }
            Thread.sleep(20);
        }
    }

    private static boolean onFxQuietly(Callable<Boolean> work) {
        try {
            return onFx(work);
        } catch (Exception e) {
            return false;
        }
    }

    static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        FutureTask<T> task = new FutureTask<>(work);
        Platform.runLater(task);
        return task.get(1, TimeUnit.MINUTES);
    }
}
