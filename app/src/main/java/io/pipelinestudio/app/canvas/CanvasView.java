package io.pipelinestudio.app.canvas;

import io.pipelinestudio.app.palette.PaletteCatalog;
import io.pipelinestudio.app.palette.PaletteView;
import io.pipelinestudio.app.theme.Styles;
import io.pipelinestudio.app.theme.Theme;
import io.pipelinestudio.model.Edge;
import io.pipelinestudio.model.Pipeline;
import io.pipelinestudio.model.Position;
import io.pipelinestudio.model.node.Node;
import io.pipelinestudio.model.validate.Problem;
import io.pipelinestudio.model.validate.StreamInfo;
import io.pipelinestudio.model.validate.ValidationReport;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.css.PseudoClass;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.CacheHint;
import javafx.scene.Group;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ContextMenu;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.input.ZoomEvent;
import javafx.scene.layout.Region;
import javafx.scene.shape.CubicCurveTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;
import javafx.util.Duration;

/**
 * The pipeline drawn as cards and curved edges on a zoomable, pannable grid. It is a view of the
 * document's pipeline: every gesture becomes a command on the view-model, and the cards follow the
 * model when it changes.
 */
public final class CanvasView extends Region {
    public static final double GRID = 20;
    static final double MIN_ZOOM = 0.1;
    static final double MAX_ZOOM = 3;
    private static final double PORT_HIT = 14;
    private static final PseudoClass ACCEPTS = PseudoClass.getPseudoClass(Styles.ACCEPTS);
    private static final PseudoClass REJECTS = PseudoClass.getPseudoClass(Styles.REJECTS);
    private static final PseudoClass FAR = PseudoClass.getPseudoClass("far");

    private enum Gesture { NONE, PAN, MOVE, CONNECT, RUBBER_BAND }

    private final CanvasViewModel model;
    private final Canvas grid = new Canvas();
    private final Group world = new Group();
    private final Group edgeLayer = new Group();
    private final Group nodeLayer = new Group();
    private final Group overlay = new Group();
    private final Rectangle rubberBand = new Rectangle();
    private final Path preview = new Path();
    private final ConnectionHint connectionHint = new ConnectionHint();
    private Optional<String> refusal = Optional.empty();
    private final MoveTo previewStart = new MoveTo();
    private final CubicCurveTo previewCurve = new CubicCurveTo();
    private final Translate pan = new Translate();
    private final Scale zoom = new Scale(1, 1, 0, 0);
    private final ReadOnlyDoubleWrapper zoomLevel = new ReadOnlyDoubleWrapper(this, "zoom", 1);
    private final Map<String, NodeView> nodeViews = new HashMap<>();
    private final Map<String, EdgeView> edgeViews = new HashMap<>();
    private final Map<String, List<EdgeView>> edgesOfNode = new HashMap<>();
    private Pipeline shown;
    private ValidationReport report;
    private Theme theme = Theme.LIGHT;
    private CanvasMenus menus;
    private ContextMenu openMenu;

    private final PauseTransition settle = new PauseTransition(Duration.millis(250));
    private boolean cullingDirty = true;
    private CacheHint cacheHint = CacheHint.QUALITY;
    private Gesture gesture = Gesture.NONE;
    private boolean spaceDown;
    private Point2D pressScreen;
    private Point2D pressWorld;
    private String anchorNode;
    private Map<String, Position> origins = Map.of();
    private Object moveToken;
    private boolean moveStarted;
    private PortView connectFrom;
    private ConnectionRules rules;
    private PortView hoveredTarget;

    public CanvasView(CanvasViewModel model) {
        this.model = model;
        createView();
        initListeners();
        show(model.document().pipeline());
    }

    private void createView() {
        getStyleClass().add(Styles.CANVAS);
        setId("canvas");
        setFocusTraversable(true);
        world.getTransforms().addAll(pan, zoom);
        preview.getElements().addAll(previewStart, previewCurve);
        preview.getStyleClass().add(Styles.CONNECTION_PREVIEW);
        preview.setVisible(false);
        preview.setMouseTransparent(true);
        overlay.getChildren().add(preview);
        overlay.setMouseTransparent(true);
        world.getChildren().addAll(edgeLayer, nodeLayer, overlay);
        rubberBand.getStyleClass().add(Styles.RUBBER_BAND);
        rubberBand.setVisible(false);
        rubberBand.setManaged(false);
        rubberBand.setMouseTransparent(true);
        grid.setManaged(false);
        getChildren().addAll(grid, world, rubberBand, connectionHint);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
    }

    private void initListeners() {
        model.document().pipelineProperty().addListener((obs, old, now) -> show(now));
        model.validation().reportProperty().addListener((obs, old, now) -> applyReport(now));
        model.selection().nodesProperty().addListener((obs, old, now) -> {
            old.stream().filter(id -> !now.contains(id)).map(nodeViews::get)
                    .filter(v -> v != null).forEach(v -> v.setSelected(false));
            now.stream().map(nodeViews::get).filter(v -> v != null).forEach(v -> {
                v.setSelected(true);
                v.toFront();
            });
        });
        model.selection().edgesProperty().addListener((obs, old, now) -> {
            old.stream().filter(id -> !now.contains(id)).map(edgeViews::get)
                    .filter(v -> v != null).forEach(v -> v.setSelected(false));
            now.stream().map(edgeViews::get).filter(v -> v != null).forEach(v -> v.setSelected(true));
        });
        widthProperty().addListener(o -> drawGrid());
        heightProperty().addListener(o -> drawGrid());
        pan.xProperty().addListener(o -> viewMoved(false));
        pan.yProperty().addListener(o -> viewMoved(false));
        zoom.xProperty().addListener(o -> viewMoved(true));
        settle.setOnFinished(e -> useCacheHint(CacheHint.QUALITY));

        addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        addEventHandler(ZoomEvent.ZOOM, e -> {
            zoomAt(e.getX(), e.getY(), e.getZoomFactor());
            e.consume();
        });
        addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
        addEventHandler(KeyEvent.KEY_RELEASED, e -> {
            if (e.getCode() == KeyCode.SPACE) {
                spaceDown = false;
            }
        });
        addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, this::contextMenu);
        setOnDragOver(this::dragOver);
        setOnDragDropped(this::dragDropped);
    }

    public void setMenus(CanvasMenus menus) {
        this.menus = menus;
    }

    public void setTheme(Theme newTheme) {
        theme = newTheme;
        drawGrid();
    }

    // ---- model to view ----

    private void show(Pipeline pipeline) {
        Pipeline old = shown;
        shown = pipeline;
        Set<String> moved = new HashSet<>();
        if (old == null || old.nodes() != pipeline.nodes()) {
            Map<String, Node> byId = new HashMap<>();
            pipeline.nodes().forEach(n -> byId.put(n.id(), n));
            for (Iterator<Map.Entry<String, NodeView>> it = nodeViews.entrySet().iterator(); it.hasNext(); ) {
                Map.Entry<String, NodeView> entry = it.next();
                if (!byId.containsKey(entry.getKey())) {
                    nodeLayer.getChildren().remove(entry.getValue());
                    it.remove();
                }
            }
            for (Node node : pipeline.nodes()) {
                NodeView view = nodeViews.get(node.id());
                if (view == null) {
                    view = createNodeView(node);
                    moved.add(node.id());
                } else if (view.node() != node && !view.node().equals(node)) {
                    view.update(node);
                    moved.add(node.id());
                }
            }
        }
        if (old == null || old.nodes() != pipeline.nodes() || old.layout() != pipeline.layout()) {
            for (NodeView view : nodeViews.values()) {
                Position at = CanvasViewModel.positionOf(pipeline, view.nodeId());
                if (view.getLayoutX() != at.x() || view.getLayoutY() != at.y()) {
                    view.relocate(at.x(), at.y());
                    moved.add(view.nodeId());
                    cullingDirty = true;
                }
            }
        }
        if (old == null || old.edges() != pipeline.edges()) {
            syncEdges(pipeline, moved);
        }
        if (!moved.isEmpty()) {
            requestLayout();
        }
        for (String id : moved) {
            for (EdgeView edge : edgesOfNode.getOrDefault(id, List.of())) {
                route(edge);
            }
        }
        if (report != null && (old == null || old.nodes() != pipeline.nodes() || old.edges() != pipeline.edges())) {
            applyReport(report);
        }
    }

    private NodeView createNodeView(Node node) {
        NodeView view = new NodeView(node);
        view.setCache(true);
        view.setCacheHint(cacheHint);
        view.setOnMouseEntered(e -> view.installCardTooltip(() -> describe(view.nodeId())));
        view.setSelected(model.selection().nodes().contains(node.id()));
        nodeViews.put(node.id(), view);
        nodeLayer.getChildren().add(view);
        view.autosize();
        return view;
    }

    private void syncEdges(Pipeline pipeline, Set<String> moved) {
        Set<String> ids = new HashSet<>();
        for (Edge edge : pipeline.edges()) {
            ids.add(edge.id());
            if (!edgeViews.containsKey(edge.id())) {
                // edges are not cached: those that move would be drawn twice, into the cache and out of it
                EdgeView view = new EdgeView(edge);
                cullingDirty = true;
                view.setSelected(model.selection().edges().contains(edge.id()));
                edgeViews.put(edge.id(), view);
                edgeLayer.getChildren().add(view);
                edgesOfNode.computeIfAbsent(edge.from(), k -> new ArrayList<>()).add(view);
                edgesOfNode.computeIfAbsent(edge.to(), k -> new ArrayList<>()).add(view);
                route(view);
            }
        }
        for (Iterator<Map.Entry<String, EdgeView>> it = edgeViews.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<String, EdgeView> entry = it.next();
            if (!ids.contains(entry.getKey())) {
                EdgeView view = entry.getValue();
                edgeLayer.getChildren().remove(view);
                removeFrom(edgesOfNode, view.edge().from(), view);
                removeFrom(edgesOfNode, view.edge().to(), view);
                it.remove();
            }
        }
    }

    private static void removeFrom(Map<String, List<EdgeView>> map, String key, EdgeView view) {
        List<EdgeView> list = map.get(key);
        if (list != null) {
            list.remove(view);
            if (list.isEmpty()) {
                map.remove(key);
            }
        }
    }

    private void route(EdgeView view) {
        Edge edge = view.edge();
        NodeView from = nodeViews.get(edge.from());
        NodeView to = nodeViews.get(edge.to());
        if (from == null || to == null) {
            return;
        }
        view.route(portPoint(from, edge.fromPort(), false), portPoint(to, edge.toPort(), true));
    }

    private Point2D portPoint(NodeView view, String port, boolean input) {
        Point2D offset = NodeView.portOffset(view.node(), port, input);
        return new Point2D(view.getLayoutX() + offset.getX(), view.getLayoutY() + offset.getY());
    }

    private void applyReport(ValidationReport newReport) {
        report = newReport;
        if (newReport == null) {
            return;
        }
        Map<String, List<Problem>> byTarget = new HashMap<>();
        for (Problem problem : newReport.problems()) {
            byTarget.computeIfAbsent(problem.target(), k -> new ArrayList<>()).add(problem);
        }
        nodeViews.forEach((id, view) -> view.setProblems(byTarget.getOrDefault(id, List.of())));
        edgeViews.forEach((id, view) -> view.setProblems(byTarget.getOrDefault(id, List.of())));
    }

    private String describe(String nodeId) {
        NodeView view = nodeViews.get(nodeId);
        if (view == null) {
            return "";
        }
        Node node = view.node();
        StringBuilder text = new StringBuilder(node.displayName()).append(" (").append(node.kind()).append(")\n")
                .append(PaletteCatalog.entry(node.kind()).help());
        for (String port : node.outputPorts()) {
            Optional<StreamInfo> stream = report == null ? Optional.empty() : report.stream(nodeId, port);
            text.append("\n\nOutput '").append(port).append("'");
            if (stream.isEmpty()) {
                text.append(": schema not known until the node's inputs are connected and valid");
                continue;
            }
            StreamInfo info = stream.get();
            if (info.keyed()) {
                text.append(" \u00b7 keyed by ").append(String.join(", ", info.keyFields()));
            }
            if (info.eventTime()) {
                text.append(" \u00b7 event time");
            }
            text.append(info.bounded() ? " \u00b7 bounded" : " \u00b7 unbounded");
            info.schema().fields().forEach(f -> text.append("\n  ").append(f.name()).append(" : ")
                    .append(f.type().jsonName()));
        }
        return text.toString();
    }

    // ---- gestures ----

    private static <T> T find(javafx.scene.Node picked, Class<T> type) {
        for (javafx.scene.Node n = picked; n != null; n = n.getParent()) {
            if (type.isInstance(n)) {
                return type.cast(n);
            }
            if (n instanceof CanvasView) {
                return null;
            }
        }
        return null;
    }

    private Point2D toWorld(MouseEvent e) {
        return world.sceneToLocal(e.getSceneX(), e.getSceneY());
    }

    private void pressed(MouseEvent e) {
        requestFocus();
        if (openMenu != null) {
            openMenu.hide();
        }
        moveStarted = false;
        pressScreen = new Point2D(e.getX(), e.getY());
        pressWorld = toWorld(e);
        if (e.getButton() == MouseButton.MIDDLE || (e.getButton() == MouseButton.PRIMARY && spaceDown)) {
            gesture = Gesture.PAN;
            e.consume();
            return;
        }
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        javafx.scene.Node picked = e.getPickResult().getIntersectedNode();
        boolean additive = e.isShiftDown() || e.isShortcutDown();
        PortView port = find(picked, PortView.class);
        if (port != null && !port.isInput()) {
            startConnect(port);
            e.consume();
            return;
        }
        NodeView node = find(picked, NodeView.class);
        if (node != null) {
            if (additive) {
                model.selection().toggleNode(node.nodeId());
            } else if (!model.selection().nodes().contains(node.nodeId())) {
                model.selection().selectNode(node.nodeId());
            }
            if (model.selection().nodes().contains(node.nodeId())) {
                gesture = Gesture.MOVE;
                anchorNode = node.nodeId();
                moveToken = new Object();
                origins = new HashMap<>();
                for (String id : model.selection().nodes()) {
                    origins.put(id, CanvasViewModel.positionOf(shown, id));
                }
            }
            e.consume();
            return;
        }
        EdgeView edge = find(picked, EdgeView.class);
        if (edge != null) {
            if (additive) {
                model.selection().toggleEdge(edge.edge().id());
            } else {
                model.selection().selectEdge(edge.edge().id());
            }
            e.consume();
            return;
        }
        if (!additive) {
            model.selection().clear();
        }
        gesture = Gesture.RUBBER_BAND;
        rubberBand.setX(e.getX());
        rubberBand.setY(e.getY());
        rubberBand.setWidth(0);
        rubberBand.setHeight(0);
        rubberBand.setVisible(true);
        e.consume();
    }

    private void dragged(MouseEvent e) {
        switch (gesture) {
            case PAN -> {
                pan.setX(pan.getX() + e.getX() - pressScreen.getX());
                pan.setY(pan.getY() + e.getY() - pressScreen.getY());
                pressScreen = new Point2D(e.getX(), e.getY());
            }
            case MOVE -> dragNodes(e);
            case CONNECT -> dragConnection(toWorld(e));
            case RUBBER_BAND -> {
                rubberBand.setX(Math.min(e.getX(), pressScreen.getX()));
                rubberBand.setY(Math.min(e.getY(), pressScreen.getY()));
                rubberBand.setWidth(Math.abs(e.getX() - pressScreen.getX()));
                rubberBand.setHeight(Math.abs(e.getY() - pressScreen.getY()));
            }
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void released(MouseEvent e) {
        switch (gesture) {
            case CONNECT -> finishConnect();
            case RUBBER_BAND -> finishRubberBand(e.isShiftDown() || e.isShortcutDown());
            default -> { }
        }
        gesture = Gesture.NONE;
        moveToken = null;
    }

    private void dragNodes(MouseEvent e) {
        if (!moveStarted && pressScreen.distance(e.getX(), e.getY()) < 3) {
            return;
        }
        moveStarted = true;
        Point2D now = toWorld(e);
        Position anchor = origins.get(anchorNode);
        if (anchor == null) {
            return;
        }
        Position snapped = model.snap(anchor.x() + now.getX() - pressWorld.getX(),
                anchor.y() + now.getY() - pressWorld.getY());
        double dx = snapped.x() - anchor.x();
        double dy = snapped.y() - anchor.y();
        Map<String, Position> positions = new HashMap<>();
        origins.forEach((id, at) -> positions.put(id, new Position(at.x() + dx, at.y() + dy)));
        model.move(positions, moveToken);
    }

    /** Moves the selection by a distance in canvas units as one drag would; the benchmark drives this. */
    public void dragSelectionBy(double dx, double dy, Object gestureToken) {
        Map<String, Position> positions = new HashMap<>();
        for (String id : model.selection().nodes()) {
            Position at = CanvasViewModel.positionOf(shown, id);
            positions.put(id, new Position(at.x() + dx, at.y() + dy));
        }
        model.move(positions, gestureToken);
    }

    private void startConnect(PortView port) {
        gesture = Gesture.CONNECT;
        connectFrom = port;
        rules = model.rulesFrom(port.nodeId(), port.port());
        for (NodeView view : nodeViews.values()) {
            for (PortView input : view.inputPorts()) {
                input.setAccepting(rules.structural(input.nodeId(), input.port()).isEmpty());
            }
        }
        Point2D start = portPoint(nodeViews.get(port.nodeId()), port.port(), false);
        previewStart.setX(start.getX());
        previewStart.setY(start.getY());
        updatePreview(start);
        preview.setVisible(true);
    }

    private void dragConnection(Point2D at) {
        PortView target = inputPortNear(at);
        if (target != hoveredTarget) {
            if (hoveredTarget != null) {
                hoveredTarget.setAccepting(rules.structural(hoveredTarget.nodeId(), hoveredTarget.port()).isEmpty());
            }
            hoveredTarget = target;
            refusal = Optional.empty();
            if (target != null) {
                refusal = rules.check(target.nodeId(), target.port());
                target.setAccepting(refusal.isEmpty());
                preview.pseudoClassStateChanged(ACCEPTS, refusal.isEmpty());
                preview.pseudoClassStateChanged(REJECTS, refusal.isPresent());
                model.say(refusal.map(r -> "Cannot connect: " + r)
                        .orElse("Release to connect to " + target.nodeId()));
            } else {
                preview.pseudoClassStateChanged(ACCEPTS, false);
                preview.pseudoClassStateChanged(REJECTS, false);
            }
        }
        refusal.ifPresentOrElse(reason -> connectionHint.show("Cannot connect: " + reason, world.localToParent(at)),
                connectionHint::hide);
        updatePreview(target == null ? at : portPoint(nodeViews.get(target.nodeId()), target.port(), true));
    }

    private void updatePreview(Point2D end) {
        Point2D start = new Point2D(previewStart.getX(), previewStart.getY());
        EdgeView.setCurve(previewStart, previewCurve, start, end.getX(), end.getY(),
                Math.max(40, Math.abs(end.getX() - start.getX()) * 0.5));
    }

    private PortView inputPortNear(Point2D at) {
        PortView best = null;
        double bestDistance = PORT_HIT / Math.min(1, zoom.getX());
        for (NodeView view : nodeViews.values()) {
            double x = view.getLayoutX();
            double y = view.getLayoutY();
            if (at.getX() < x - 30 || at.getX() > x + NodeView.WIDTH || at.getY() < y - 30
                    || at.getY() > y + view.getHeight() + 30) {
                continue;
            }
            // dropping anywhere on a card with one input means that input
            if (view.inputPorts().size() == 1 && at.getX() >= x && at.getY() >= y
                    && at.getY() <= y + view.getHeight()) {
                return view.inputPorts().get(0);
            }
            for (PortView port : view.inputPorts()) {
                double distance = portPoint(view, port.port(), true).distance(at);
                if (distance < bestDistance) {
                    bestDistance = distance;
                    best = port;
                }
            }
        }
        return best;
    }

    private void finishConnect() {
        PortView target = hoveredTarget;
        connectionHint.hide();
        refusal = Optional.empty();
        preview.setVisible(false);
        preview.pseudoClassStateChanged(ACCEPTS, false);
        preview.pseudoClassStateChanged(REJECTS, false);
        for (NodeView view : nodeViews.values()) {
            view.inputPorts().forEach(p -> p.setAccepting(null));
        }
        PortView from = connectFrom;
        connectFrom = null;
        hoveredTarget = null;
        rules = null;
        if (target != null && from != null) {
            model.connect(from.nodeId(), from.port(), target.nodeId(), target.port());
        }
    }

    private void finishRubberBand(boolean additive) {
        rubberBand.setVisible(false);
        if (rubberBand.getWidth() < 3 && rubberBand.getHeight() < 3) {
            return;
        }
        Point2D a = world.parentToLocal(rubberBand.getX(), rubberBand.getY());
        Point2D b = world.parentToLocal(rubberBand.getX() + rubberBand.getWidth(),
                rubberBand.getY() + rubberBand.getHeight());
        Bounds band = new BoundingBox(a.getX(), a.getY(), b.getX() - a.getX(), b.getY() - a.getY());
        Set<String> nodes = new HashSet<>(additive ? model.selection().nodes() : Set.of());
        for (NodeView view : nodeViews.values()) {
            if (band.intersects(view.getBoundsInParent())) {
                nodes.add(view.nodeId());
            }
        }
        Set<String> edges = new HashSet<>(additive ? model.selection().edges() : Set.of());
        for (EdgeView view : edgeViews.values()) {
            if (nodes.contains(view.edge().from()) && nodes.contains(view.edge().to())) {
                edges.add(view.edge().id());
            }
        }
        model.selection().set(nodes, edges);
    }

    private void scrolled(ScrollEvent e) {
        if (e.getDeltaY() == 0 && e.getDeltaX() == 0) {
            return;
        }
        if (e.isShiftDown() || e.getTouchCount() > 0) {
            // two-finger scrolling on a touchpad pans, as in every modern canvas
            pan.setX(pan.getX() + e.getDeltaX());
            pan.setY(pan.getY() + e.getDeltaY());
        } else {
            zoomAt(e.getX(), e.getY(), Math.pow(1.1, e.getDeltaY() / 40));
        }
        e.consume();
    }

    private void keyPressed(KeyEvent e) {
        double step = e.isShiftDown() ? GRID * 5 : GRID;
        switch (e.getCode()) {
            case SPACE -> spaceDown = true;
            case LEFT -> model.nudge(-step, 0);
            case RIGHT -> model.nudge(step, 0);
            case UP -> model.nudge(0, -step);
            case DOWN -> model.nudge(0, step);
            case ESCAPE -> model.selection().clear();
            case BACK_SPACE -> model.deleteSelection();
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void contextMenu(ContextMenuEvent e) {
        if (menus == null) {
            return;
        }
        javafx.scene.Node picked = e.getPickResult().getIntersectedNode();
        NodeView node = find(picked, NodeView.class);
        EdgeView edge = node == null ? find(picked, EdgeView.class) : null;
        ContextMenu menu;
        if (node != null) {
            if (!model.selection().nodes().contains(node.nodeId())) {
                model.selection().selectNode(node.nodeId());
            }
            menu = menus.forNode(node.nodeId());
        } else if (edge != null) {
            model.selection().selectEdge(edge.edge().id());
            menu = menus.forEdge(edge.edge().id());
        } else {
            menu = menus.forCanvas(world.sceneToLocal(e.getSceneX(), e.getSceneY()));
        }
        if (openMenu != null) {
            openMenu.hide();
        }
        openMenu = menu;
        menu.show(this, e.getScreenX(), e.getScreenY());
        e.consume();
    }

    private void dragOver(DragEvent e) {
        if (e.getDragboard().hasContent(PaletteView.NODE_KIND)) {
            e.acceptTransferModes(TransferMode.COPY);
        }
        e.consume();
    }

    private void dragDropped(DragEvent e) {
        Object kind = e.getDragboard().getContent(PaletteView.NODE_KIND);
        boolean done = false;
        if (kind instanceof String k) {
            Point2D at = world.sceneToLocal(e.getSceneX(), e.getSceneY());
            model.addNode(k, new Point2D(at.getX() - NodeView.WIDTH / 2, at.getY() - 20));
            requestFocus();
            done = true;
        }
        e.setDropCompleted(done);
        e.consume();
    }

    /** Adds a node of {@code kind} in the middle of what is visible, as double-clicking the palette does. */
    public String addAtCenter(String kind) {
        Point2D center = world.parentToLocal(getWidth() / 2, getHeight() / 2);
        return model.addNode(kind, new Point2D(center.getX() - NodeView.WIDTH / 2, center.getY() - 40));
    }

    // ---- zoom and pan ----

    public ReadOnlyDoubleProperty zoomProperty() {
        return zoomLevel.getReadOnlyProperty();
    }

    public void zoomAt(double x, double y, double factor) {
        double current = zoom.getX();
        double next = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, current * factor));
        Point2D anchor = world.parentToLocal(x, y);
        zoom.setX(next);
        zoom.setY(next);
        pan.setX(x - anchor.getX() * next);
        pan.setY(y - anchor.getY() * next);
        zoomLevel.set(next);
    }

    public void zoomIn() {
        zoomAt(getWidth() / 2, getHeight() / 2, 1.2);
    }

    public void zoomOut() {
        zoomAt(getWidth() / 2, getHeight() / 2, 1 / 1.2);
    }

    public void resetZoom() {
        zoomAt(getWidth() / 2, getHeight() / 2, 1 / zoom.getX());
    }

    public void panBy(double dx, double dy) {
        pan.setX(pan.getX() + dx);
        pan.setY(pan.getY() + dy);
    }

    /** Zooms and pans so that every node is visible, never magnifying beyond 100 %. */
    public void zoomToFit() {
        if (nodeViews.isEmpty() || getWidth() <= 0) {
            return;
        }
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (NodeView view : nodeViews.values()) {
            minX = Math.min(minX, view.getLayoutX());
            minY = Math.min(minY, view.getLayoutY());
            maxX = Math.max(maxX, view.getLayoutX() + NodeView.WIDTH);
            maxY = Math.max(maxY, view.getLayoutY() + view.getHeight());
        }
        double margin = 40;
        double scale = Math.min((getWidth() - 2 * margin) / (maxX - minX), (getHeight() - 2 * margin) / (maxY - minY));
        scale = Math.max(MIN_ZOOM, Math.min(1, scale));
        zoom.setX(scale);
        zoom.setY(scale);
        zoomLevel.set(scale);
        pan.setX((getWidth() - (maxX - minX) * scale) / 2 - minX * scale);
        pan.setY((getHeight() - (maxY - minY) * scale) / 2 - minY * scale);
    }

    /** Pans so that the node is in the middle of the view. */
    public void centerOn(String nodeId) {
        NodeView view = nodeViews.get(nodeId);
        if (view == null) {
            return;
        }
        double scale = zoom.getX();
        pan.setX(getWidth() / 2 - (view.getLayoutX() + NodeView.WIDTH / 2) * scale);
        pan.setY(getHeight() / 2 - (view.getLayoutY() + view.getHeight() / 2) * scale);
    }

    /** Takes every run's figures and failure marks off the cards and connections. */
    public void clearRunStatus() {
        nodeViews.values().forEach(view -> view.setRunStatus(null, false, null));
        edgeViews.values().forEach(view -> view.setFlowText(null));
    }

    // ---- for tests and the benchmark ----

    public Optional<NodeView> nodeView(String id) {
        return Optional.ofNullable(nodeViews.get(id));
    }

    public Optional<EdgeView> edgeView(String id) {
        return Optional.ofNullable(edgeViews.get(id));
    }

    public int nodeViewCount() {
        return nodeViews.size();
    }

    public int edgeViewCount() {
        return edgeViews.size();
    }

    // ---- drawing ----

    @Override
    protected void layoutChildren() {
        if (grid.getWidth() != getWidth() || grid.getHeight() != getHeight()) {
            drawGrid();
        }
        if (cullingDirty) {
            cullingDirty = false;
            cull();
        }
    }

    /** Pans and zooms redraw the grid and recompute what is visible, once per pulse. */
    private void viewMoved(boolean zoomed) {
        drawGrid();
        cullingDirty = true;
        requestLayout();
        if (zoomed) {
            pseudoClassStateChanged(FAR, zoom.getX() < 0.45);
            // while zooming, cards reuse their cached bitmaps scaled; once still, they are drawn sharp again
            useCacheHint(CacheHint.SPEED);
            settle.playFromStart();
        }
    }

    private void useCacheHint(CacheHint hint) {
        if (hint == cacheHint) {
            return;
        }
        cacheHint = hint;
        nodeViews.values().forEach(v -> v.setCacheHint(hint));
    }

    /**
     * Hides the cards and edges outside the view so that the renderer skips them: with hundreds of
     * nodes, most are off screen at any useful zoom.
     */
    private void cull() {
        double margin = 80 / zoom.getX();
        Point2D a = world.parentToLocal(0, 0);
        Point2D b = world.parentToLocal(getWidth(), getHeight());
        double minX = a.getX() - margin;
        double minY = a.getY() - margin;
        double maxX = b.getX() + margin;
        double maxY = b.getY() + margin;
        for (NodeView view : nodeViews.values()) {
            double x = view.getLayoutX();
            double y = view.getLayoutY();
            boolean visible = x + NodeView.WIDTH >= minX && x <= maxX && y + view.getHeight() >= minY && y <= maxY;
            if (view.isVisible() != visible) {
                view.setVisible(visible);
            }
        }
        for (EdgeView view : edgeViews.values()) {
            NodeView from = nodeViews.get(view.edge().from());
            NodeView to = nodeViews.get(view.edge().to());
            if (from == null || to == null) {
                continue;
            }
            double left = Math.min(from.getLayoutX(), to.getLayoutX());
            double right = Math.max(from.getLayoutX(), to.getLayoutX()) + NodeView.WIDTH;
            double top = Math.min(from.getLayoutY(), to.getLayoutY());
            double bottom = Math.max(from.getLayoutY() + from.getHeight(), to.getLayoutY() + to.getHeight());
            boolean visible = right >= minX && left <= maxX && bottom >= minY && top <= maxY;
            if (view.isVisible() != visible) {
                view.setVisible(visible);
            }
        }
    }

    private void drawGrid() {
        double width = getWidth();
        double height = getHeight();
        if (grid.getWidth() != width || grid.getHeight() != height) {
            grid.setWidth(width);
            grid.setHeight(height);
        }
        GraphicsContext g = grid.getGraphicsContext2D();
        g.setFill(theme.canvasBackground());
        g.fillRect(0, 0, width, height);
        double scale = zoom.getX();
        double step = GRID * scale;
        while (step < 14) {
            step *= 2;
        }
        // a dot at every grid crossing: quieter than lines, and cheap to draw on every pan
        g.setFill(theme.gridColor());
        double startX = pan.getX() % step;
        double startY = pan.getY() % step;
        double dot = scale >= 0.6 ? 2 : 1.5;
        for (double x = startX; x < width; x += step) {
            for (double y = startY; y < height; y += step) {
                g.fillRect(x - dot / 2, y - dot / 2, dot, dot);
            }
        }
    }
}
