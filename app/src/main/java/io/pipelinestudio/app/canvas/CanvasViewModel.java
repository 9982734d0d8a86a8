package io.pipelinestudio.app.canvas;

import io.pipelinestudio.app.document.PipelineDocument;
import io.pipelinestudio.app.document.Selection;
import io.pipelinestudio.app.edit.AddNodeCommand;
import io.pipelinestudio.app.edit.ConnectPortsCommand;
import io.pipelinestudio.app.edit.GraphOps;
import io.pipelinestudio.app.edit.MoveNodesCommand;
import io.pipelinestudio.app.edit.PasteNodesCommand;
import io.pipelinestudio.app.edit.RemoveElementsCommand;
import io.pipelinestudio.app.palette.PaletteCatalog;
import io.pipelinestudio.app.validation.ValidationService;
import io.pipelinestudio.model.Edge;
import io.pipelinestudio.model.Pipeline;
import io.pipelinestudio.model.Position;
import io.pipelinestudio.model.json.PipelineFormatException;
import io.pipelinestudio.model.json.PipelineJson;
import io.pipelinestudio.model.node.Node;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Point2D;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;

/**
 * What the canvas can do to the pipeline, each as an undoable command: add, delete, move, connect,
 * copy and paste, duplicate, lay out. The canvas view turns gestures into these calls.
 */
public final class CanvasViewModel {
    /** Copied nodes on the clipboard, as a pipeline fragment in the file format. */
    public static final DataFormat FRAGMENT = new DataFormat("application/x-pipelinestudio-fragment");
    private static final double PASTE_OFFSET = 40;

    private final PipelineDocument document;
    private final Selection selection;
    private final ValidationService validation;
    private final BooleanProperty snapToGrid = new SimpleBooleanProperty(this, "snapToGrid", true);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    public CanvasViewModel(PipelineDocument document, Selection selection, ValidationService validation) {
        this.document = document;
        this.selection = selection;
        this.validation = validation;
    }

    public PipelineDocument document() {
        return document;
    }

    public Selection selection() {
        return selection;
    }

    public ValidationService validation() {
        return validation;
    }

    public BooleanProperty snapToGridProperty() {
        return snapToGrid;
    }

    /** Short feedback for the status bar, such as why a connection was refused. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public void say(String text) {
        message.set(text);
    }

    /** Where a node's card is: its saved position, or a deterministic place for nodes without one. */
    public static Position positionOf(Pipeline pipeline, String nodeId) {
        Position position = pipeline.layout().get(nodeId);
        if (position != null) {
            return position;
        }
        int index = 0;
        for (Node node : pipeline.nodes()) {
            if (node.id().equals(nodeId)) {
                break;
            }
            index++;
        }
        return new Position(GraphLayout.MARGIN + (index % 5) * (NodeView.WIDTH + GraphLayout.LAYER_GAP),
                GraphLayout.MARGIN + (index / 5) * (NodeView.MIN_HEIGHT + 60));
    }

    public Position snap(double x, double y) {
        if (!snapToGrid.get()) {
            return new Position(x, y);
        }
        return new Position(Math.round(x / CanvasView.GRID) * CanvasView.GRID,
                Math.round(y / CanvasView.GRID) * CanvasView.GRID);
    }

    /** Adds a node of {@code kind} with its card's top-left corner near {@code at}; returns its id. */
    public String addNode(String kind, Point2D at) {
        Pipeline pipeline = document.pipeline();
        String id = GraphOps.uniqueId(pipeline, kind, Set.of());
        Node node = PaletteCatalog.entry(kind).create(id);
        document.execute(new AddNodeCommand(document, node, snap(at.getX(), at.getY())));
        selection.selectNode(id);
        say("Added " + id);
        return id;
    }

    public void deleteSelection() {
        if (selection.isEmpty()) {
            return;
        }
        document.execute(new RemoveElementsCommand(document, selection.nodes(), selection.edges()));
    }

    public void move(Map<String, Position> positions, Object gesture) {
        document.execute(new MoveNodesCommand(document, positions, gesture));
    }

    /** Moves the selected nodes by a step, as the arrow keys do. */
    public void nudge(double dx, double dy) {
        Pipeline pipeline = document.pipeline();
        Map<String, Position> positions = new HashMap<>();
        for (String id : selection.nodes()) {
            Position at = positionOf(pipeline, id);
            positions.put(id, new Position(at.x() + dx, at.y() + dy));
        }
        if (!positions.isEmpty()) {
            document.execute(new MoveNodesCommand(document, positions, null));
        }
    }

    public ConnectionRules rulesFrom(String from, String fromPort) {
        return ConnectionRules.from(document.pipeline(), validation.report(), from, fromPort);
    }

    /** Connects the ports if the rules allow it; returns why not otherwise. */
    public Optional<String> connect(String from, String fromPort, String to, String toPort) {
        Optional<String> refusal = rulesFrom(from, fromPort).check(to, toPort);
        if (refusal.isPresent()) {
            say("Cannot connect: " + refusal.get());
            return refusal;
        }
        Edge edge = new Edge(from, fromPort, to, toPort);
        document.execute(new ConnectPortsCommand(document, edge));
        say("Connected " + edge.id());
        return Optional.empty();
    }

    public void selectAll() {
        Pipeline pipeline = document.pipeline();
        selection.set(pipeline.nodes().stream().map(Node::id).collect(Collectors.toSet()),
                pipeline.edges().stream().map(Edge::id).collect(Collectors.toSet()));
    }

    public void autoLayout() {
        Pipeline pipeline = document.pipeline();
        if (pipeline.nodes().isEmpty()) {
            return;
        }
        document.execute(new MoveNodesCommand(document, GraphLayout.layout(pipeline), null, "Auto-layout"));
    }

    public void copy() {
        Pipeline fragment = fragment();
        if (fragment.nodes().isEmpty()) {
            return;
        }
        ClipboardContent content = new ClipboardContent();
        String json = PipelineJson.write(fragment);
        content.put(FRAGMENT, json);
        content.putString(json);
        Clipboard.getSystemClipboard().setContent(content);
        say("Copied " + fragment.nodes().size() + (fragment.nodes().size() == 1 ? " node" : " nodes"));
    }

    public void paste() {
        Clipboard clipboard = Clipboard.getSystemClipboard();
        Object data = clipboard.hasContent(FRAGMENT) ? clipboard.getContent(FRAGMENT) : clipboard.getString();
        if (!(data instanceof String text)) {
            return;
        }
        try {
            insert(PipelineJson.read(text), "Paste");
        } catch (PipelineFormatException e) {
            say("The clipboard holds no nodes to paste");
        }
    }

    public void duplicate() {
        Pipeline fragment = fragment();
        if (!fragment.nodes().isEmpty()) {
            insert(fragment, "Duplicate");
        }
    }

    /** The selected nodes, the edges among them and their positions. */
    private Pipeline fragment() {
        Pipeline pipeline = document.pipeline();
        Set<String> ids = selection.nodes();
        List<Node> nodes = pipeline.nodes().stream().filter(n -> ids.contains(n.id())).toList();
        List<Edge> edges = pipeline.edges().stream()
                .filter(e -> ids.contains(e.from()) && ids.contains(e.to())).toList();
        Map<String, Position> layout = new HashMap<>();
        nodes.forEach(n -> layout.put(n.id(), positionOf(pipeline, n.id())));
        return new Pipeline(Pipeline.FORMAT_VERSION, "fragment", null, List.of(), nodes, edges, layout);
    }

    /** Adds a copy of {@code fragment} with fresh ids, offset from the original, and selects it. */
    private void insert(Pipeline fragment, String what) {
        Pipeline pipeline = document.pipeline();
        Map<String, String> ids = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        for (Node node : fragment.nodes()) {
            String id = GraphOps.uniqueId(pipeline, node.id(), taken);
            taken.add(id);
            ids.put(node.id(), id);
        }
        List<Node> nodes = new ArrayList<>();
        Map<String, Position> positions = new HashMap<>();
        for (Node node : fragment.nodes()) {
            String id = ids.get(node.id());
            nodes.add(node.id().equals(id) ? node : withId(node, id));
            Position at = positionOf(fragment, node.id());
            positions.put(id, new Position(at.x() + PASTE_OFFSET, at.y() + PASTE_OFFSET));
        }
        List<Edge> edges = fragment.edges().stream()
                .filter(e -> ids.containsKey(e.from()) && ids.containsKey(e.to()))
                .map(e -> new Edge(ids.get(e.from()), e.fromPort(), ids.get(e.to()), e.toPort()))
                .toList();
        String description = what + " " + nodes.size() + (nodes.size() == 1 ? " node" : " nodes");
        document.execute(new PasteNodesCommand(document, nodes, edges, positions, description));
        selection.set(Set.copyOf(ids.values()), edges.stream().map(Edge::id).collect(Collectors.toSet()));
        say(description);
    }

    static Node withId(Node node, String id) {
        var tree = PipelineJson.mapper().valueToTree(node);
        ((com.fasterxml.jackson.databind.node.ObjectNode) tree).put("id", id);
        try {
            return PipelineJson.mapper().treeToValue(tree, Node.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("Expected a node to survive a change of id but it did not", e);
        }
    }
}
