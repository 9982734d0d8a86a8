package io.pipelinestudio.app.bench;

import io.pipelinestudio.app.files.NativeFileDialogs;
import io.pipelinestudio.app.shell.Designer;
import io.pipelinestudio.model.Edge;
import io.pipelinestudio.model.Pipeline;
import io.pipelinestudio.model.Position;
import io.pipelinestudio.model.node.AggregateFunction;
import io.pipelinestudio.model.node.Aggregation;
import io.pipelinestudio.model.node.ConsoleSinkNode;
import io.pipelinestudio.model.node.FilterNode;
import io.pipelinestudio.model.node.GeneratorSourceNode;
import io.pipelinestudio.model.node.KeyByNode;
import io.pipelinestudio.model.node.Node;
import io.pipelinestudio.model.node.ReduceNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Loads a graph of 500 nodes and 600 edges into the designer and measures FX pulse intervals while it
 * drags a selection (through the same move commands a mouse drag pushes), pans and zooms. Prints the
 * median and 95th percentile frame time of each phase. Run with {@code -Dprism.order=sw} under Xvfb.
 */
public final class CanvasBench {
    private static final int NODES = 500;
    private static final int EDGES = 600;
    private static final int FRAMES = Integer.getInteger("bench.frames", 240);
    private static final int WARMUP = 30;

    private CanvasBench() {}

    /** {@code ./studio bench canvas}: the designer's own benchmark; the others run headless in the runtime. */
    public static boolean matches(String[] args) {
        return args.length >= 2 && args[0].equals("bench") && args[1].equals("canvas");
    }

    public static void main(String[] args) {
        try {
            measure();
        } catch (Exception e) {
            System.err.println("canvas bench failed: " + e);
            System.exit(1);
        }
    }

    private static void measure() throws Exception {
        Path config = Files.createTempDirectory("studio-bench");
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        Designer[] designer = new Designer[1];
        Platform.runLater(() -> {
            Stage stage = new Stage();
            designer[0] = new Designer(stage, config, new NativeFileDialogs());
            stage.setWidth(1600);
            stage.setHeight(1000);
            designer[0].show(List.of());
            designer[0].autosave().stop();
            designer[0].document().load(graph(), null, false);
            designer[0].canvas().resetZoom();
            // what a rubber band over the top-left of the view selects: five whole chains, 25 nodes
            Set<String> selected = new HashSet<>();
            for (int chain = 0; chain < 5 * 4; chain += 4) {
                for (int k = 0; k < 5; k++) {
                    selected.add("n" + (chain * 5 + k));
                }
            }
            designer[0].selection().set(selected, Set.of());
        });
        Designer d = await(designer);
        System.out.printf(Locale.ROOT, "graph: %d nodes, %d edges on the canvas%n",
                onFx(() -> d.canvas().nodeViewCount()), onFx(() -> d.canvas().edgeViewCount()));

        List<Double> all = new ArrayList<>();
        Object gesture = new Object();
        all.addAll(phase("drag 25 nodes (5 chains)", frame -> d.canvas().dragSelectionBy(frame % 40 < 20 ? 3 : -3, 1, gesture)));
        all.addAll(phase("pan", frame -> d.canvas().panBy(frame % 80 < 40 ? 12 : -12, 4)));
        all.addAll(phase("zoom", frame -> d.canvas().zoomAt(800, 450, frame % 60 < 30 ? 1.03 : 1 / 1.03)));
        report("all phases", all);
        Platform.exit();
        System.exit(0);
    }

    /** Runs {@code step} once per pulse for the warm-up and measured frames; returns the measured intervals in ms. */
    private static List<Double> phase(String name, IntConsumer step) throws InterruptedException {
        List<Double> intervals = new ArrayList<>();
        List<Double> work = new ArrayList<>();
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> new AnimationTimer() {
            private long last;
            private int frame;

            @Override
            public void handle(long now) {
                if (last != 0 && frame > WARMUP) {
                    intervals.add((now - last) / 1e6);
                }
                last = now;
                long start = System.nanoTime();
                step.accept(frame);
                if (frame > WARMUP) {
                    work.add((System.nanoTime() - start) / 1e6);
                }
                if (++frame > WARMUP + FRAMES) {
                    stop();
                    done.countDown();
                }
            }
        }.start());
        if (!done.await(5, TimeUnit.MINUTES)) {
            throw new IllegalStateException("Expected the " + name + " phase to finish within 5 minutes but it did not");
        }
        report(name, intervals);
        double[] w = sorted(work);
        System.out.printf(Locale.ROOT, "  %-24s handler work  median %6.2f ms  p95 %6.2f ms%n", "", percentile(w, 50), percentile(w, 95));
        return intervals;
    }

    private static void report(String name, List<Double> intervals) {
        double[] values = sorted(intervals);
        System.out.printf(Locale.ROOT, "%-26s frame time    median %6.2f ms  p95 %6.2f ms  (%d frames)%n", name,
                percentile(values, 50), percentile(values, 95), values.length);
    }

    private static double[] sorted(List<Double> values) {
        double[] array = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(array);
        return array;
    }

    static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    /**
     * 100 chains of five nodes (generator, filter, key-by, reduce, sink) laid out in a grid: 500 nodes and
     * 400 edges; 200 more edges fan out from generators to other chains' filters, whose inputs are then
     * doubly connected, so the validator pins problems on them too, as in a graph being edited.
     */
    static Pipeline graph() {
        List<Node> nodes = new ArrayList<>();
        List<Edge> edges = new ArrayList<>();
        Map<String, Position> layout = new HashMap<>();
        int chains = NODES / 5;
        for (int c = 0; c < chains; c++) {
            String[] ids = new String[5];
            for (int k = 0; k < 5; k++) {
                ids[k] = "n" + (c * 5 + k);
            }
            nodes.add(new GeneratorSourceNode(ids[0], "source " + c, 1000L, 0, 4, 0, 1000, 0, c));
            nodes.add(new FilterNode(ids[1], null, "value > " + c));
            nodes.add(new KeyByNode(ids[2], null, List.of("key")));
            nodes.add(new ReduceNode(ids[3], null, List.of(new Aggregation(AggregateFunction.SUM, "value", "total")), null));
            nodes.add(new ConsoleSinkNode(ids[4], null));
            for (int k = 0; k < 5; k++) {
                layout.put(ids[k], new Position(60 + (c % 4) * 1400 + k * 270, 60 + (c / 4) * 140));
                if (k > 0) {
                    edges.add(Edge.of(ids[k - 1], ids[k]));
                }
            }
        }
        for (int c = 0; edges.size() < EDGES; c++) {
            int target = (c % chains + 1 + c / chains) % chains;
            edges.add(Edge.of("n" + (c % chains) * 5, "n" + (target * 5 + 1)));
        }
        return new Pipeline(Pipeline.FORMAT_VERSION, "bench", "500 nodes, 600 edges", List.of(), nodes, edges, layout);
    }

    private static Designer await(Designer[] holder) throws Exception {
        return onFx(() -> holder[0]);
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        java.util.concurrent.FutureTask<T> task = new java.util.concurrent.FutureTask<>(work);
        Platform.runLater(task);
        return task.get(1, TimeUnit.MINUTES);
    }
}
