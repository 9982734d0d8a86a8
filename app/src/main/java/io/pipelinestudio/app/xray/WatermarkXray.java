package io.pipelinestudio.app.xray;

import io.pipelinestudio.app.concurrent.BackgroundThreads;
import io.pipelinestudio.app.document.PipelineDocument;
import io.pipelinestudio.app.document.Selection;
import io.pipelinestudio.app.run.CanvasRunOverlay;
import io.pipelinestudio.app.run.FlowCounters;
import io.pipelinestudio.app.run.RunController;
import io.pipelinestudio.app.run.RunObserver;
import io.pipelinestudio.model.Edge;
import io.pipelinestudio.model.Pipeline;
import io.pipelinestudio.model.node.WindowAggregateNode;
import io.pipelinestudio.model.validate.ExecutionMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.util.Duration;

/**
 * The watermark X-ray: select a window node, or a connection into one, while a stream runs, and see the
 * watermark of each of its parallel instances, the windows still open with their records so far and when
 * each fires, the late records, and which instance holds the windows back. Flink's figures are read off the
 * FX thread twice a second; the open windows come from {@link OpenWindowsObserver}.
 */
public final class WatermarkXray extends BorderPane implements RunObserver {
    public static final String TAB_TITLE = "X-ray";
    private final PipelineDocument document;
    private final RunController runs;
    private final CanvasRunOverlay overlay;
    private final OpenWindowsObserver shadows;
    private final Label title = new Label();
    private final ListView<String> lines = new ListView<>();
    private final Timeline refresh = new Timeline(new KeyFrame(Duration.millis(500), e -> refresh()));
    private final ExecutorService reader = BackgroundThreads.single("xray-watermarks");
    private final AtomicBoolean reading = new AtomicBoolean();
    /** Per instance of the window shown: its last watermark and when it last moved. */
    private final Map<Integer, long[]> movements = new HashMap<>();
    private String target;

    public WatermarkXray(PipelineDocument document, Selection selection, RunController runs, CanvasRunOverlay overlay,
            OpenWindowsObserver shadows, BiConsumer<String, javafx.scene.Node> addTab) {
        this.document = document;
        this.runs = runs;
        this.overlay = overlay;
        this.shadows = shadows;
        setId("watermark-xray");
        title.getStyleClass().add("preview-title");
        title.setId("xray-title");
        lines.setId("xray-lines");
        lines.setCellFactory(list -> wrapping());
        lines.setPlaceholder(new Label("Select a window node, or a connection into one, while a stream runs"));
        setTop(title);
        setCenter(lines);
        refresh.setCycleCount(Animation.INDEFINITE);
        Runnable follow = () -> {
            String window = windowOf(selection.nodes(), selection.edges());
            // while designing, a click on a window must not pull the results area open
            if (window != null && (runs.isRunning() || shadows.of(window).isPresent())) {
                if (!window.equals(target)) {
                    target = window;
                    movements.clear();
                    lines.getItems().clear();
                }
                addTab.accept(TAB_TITLE, this);
                refresh();
            }
        };
        selection.nodesProperty().addListener((o, old, now) -> follow.run());
        selection.edgesProperty().addListener((o, old, now) -> follow.run());
        runs.runningProperty().addListener((o, was, running) -> {
            if (running) {
                movements.clear();
                // a window selected before Run is followed as soon as the stream starts
                follow.run();
                refresh.play();
            } else {
                refresh.stop();
            }
        });
    }

    /** The window node a selection points at: the node itself, or the node a selected connection enters. */
    private String windowOf(Set<String> nodes, Set<String> edges) {
        Pipeline pipeline = document.pipeline();
        String id = null;
        if (nodes.size() == 1 && edges.isEmpty()) {
            id = nodes.iterator().next();
        } else if (edges.size() == 1 && nodes.isEmpty()) {
            String edgeId = edges.iterator().next();
            id = pipeline.edges().stream().filter(e -> e.id().equals(edgeId)).map(Edge::to).findFirst().orElse(null);
        }
        return id != null && pipeline.node(id).filter(WindowAggregateNode.class::isInstance).isPresent() ? id : null;
    }

    private void refresh() {
        String window = target;
        if (window == null || !runs.isRunning() || runs.modeProperty().get() != ExecutionMode.STREAMING) {
            return;
        }
        runs.currentHandle().ifPresent(handle -> {
            if (reading.compareAndSet(false, true)) {
                reader.execute(() -> {
                    try {
                        Map<String, List<Long>> watermarks = handle.watermarks();
                        Platform.runLater(() -> show(window, watermarks.getOrDefault(window, List.of())));
                    } finally {
                        reading.set(false);
                    }
                });
            }
        });
    }

    private void show(String window, List<Long> watermarks) {
        if (!window.equals(target)) {
            return;
        }
        long now = System.nanoTime();
        List<XrayReport.Instance> instances = new ArrayList<>();
        long smallest = Long.MAX_VALUE;
        for (int i = 0; i < watermarks.size(); i++) {
            long watermark = watermarks.get(i);
            long[] seen = movements.computeIfAbsent(i, k -> new long[] {watermark, now});
            if (seen[0] != watermark) {
                seen[0] = watermark;
                seen[1] = now;
            }
            instances.add(new XrayReport.Instance(watermark, (now - seen[1]) / 1_000_000_000L));
            smallest = Math.min(smallest, watermark);
        }
        Optional<OpenWindows> open = shadows.of(window);
        if (!watermarks.isEmpty() && smallest != Long.MIN_VALUE) {
            long passed = smallest;
            open.ifPresent(windows -> windows.fired(passed));
        }
        FlowCounters counters = overlay.counters();
        long late = counters == null ? 0 : counters.total(window, WindowAggregateNode.LATE);
        Optional<EventTimeOrigin> origin = EventTimeOrigin.of(document.pipeline(), window);
        title.setText("Watermark X-ray \u00b7 " + document.pipeline().node(window).map(n -> n.displayName()).orElse(window)
                + (open.isPresent() ? "" : " (its open windows cannot be shown: session windows, or no event-time field)"));
        lines.getItems().setAll(XrayReport.lines(instances, open.map(OpenWindows::open).orElse(List.of()),
                origin.map(EventTimeOrigin::outOfOrdernessMs).orElse(0L), late,
                origin.map(EventTimeOrigin::idlenessSet).orElse(false)));
    }

    @Override
    public void forget() {
        target = null;
        movements.clear();
        lines.getItems().clear();
        title.setText("");
    }

    /** The lines shown, for tests. */
    public List<String> shownLines() {
        return List.copyOf(lines.getItems());
    }

    private static ListCell<String> wrapping() {
        return new ListCell<>() {
            {
                setWrapText(true);
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
            }
        };
    }
}
