package io.pipelinestudio.app.pages;

import io.pipelinestudio.app.canvas.NodeView;
import io.pipelinestudio.app.shell.Designer;
import io.pipelinestudio.app.support.Fx;
import io.pipelinestudio.app.theme.Styles;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.testfx.api.FxRobot;

/** The canvas as a person uses it: cards, ports, drags, clicks and shortcuts. */
public final class CanvasPage {
    private final FxRobot robot;
    private final Designer designer;

    public CanvasPage(FxRobot robot, Designer designer) {
        this.robot = robot;
        this.designer = designer;
    }

    public Node view() {
        return designer.canvas();
    }

    /** A point of the canvas, in screen coordinates, {@code x, y} pixels from its top-left corner. */
    public Point2D screenPoint(double x, double y) {
        return Fx.get(() -> designer.canvas().localToScreen(x, y));
    }

    public NodeView card(String nodeId) {
        return Fx.get(() -> designer.canvas().nodeView(nodeId)
                .orElseThrow(() -> new AssertionError("Expected a card for node '" + nodeId + "' but there is none")));
    }

    /** The key settings a card shows under its title. */
    public String summary(String nodeId) {
        NodeView card = card(nodeId);
        return Fx.get(() -> ((Label) card.lookup("." + Styles.NODE_SUMMARY)).getText());
    }

    public boolean hasCard(String nodeId) {
        return Fx.get(() -> designer.canvas().nodeView(nodeId).isPresent());
    }

    public boolean hasEdge(String edgeId) {
        return Fx.get(() -> designer.canvas().edgeView(edgeId).isPresent());
    }

    /** Where a card's title is on screen: a safe place to grab or click it. */
    private Point2D grip(String nodeId) {
        NodeView card = card(nodeId);
        return Fx.get(() -> card.localToScreen(70, 20));
    }

    public CanvasPage click(String nodeId) {
        robot.clickOn(grip(nodeId), MouseButton.PRIMARY);
        return this;
    }

    public CanvasPage shiftClick(String nodeId) {
        robot.press(KeyCode.SHIFT);
        try {
            robot.clickOn(grip(nodeId), MouseButton.PRIMARY);
        } finally {
            robot.release(KeyCode.SHIFT);
        }
        return this;
    }

    /** Clicks the middle of an edge's curve, which its symmetric shape passes through. */
    public CanvasPage clickEdge(String edgeId) {
        var edge = Fx.get(() -> designer.canvas().edgeView(edgeId)
                .orElseThrow(() -> new AssertionError("Expected an edge '" + edgeId + "' but there is none")));
        // the curve itself: labels a run puts on the edge would move the centre of the whole group
        Node line = Fx.get(() -> edge.lookup(".edge-line"));
        robot.clickOn(center(line == null ? edge : line), MouseButton.PRIMARY);
        return this;
    }

    public CanvasPage clickEmpty(double x, double y) {
        robot.clickOn(screenPoint(x, y), MouseButton.PRIMARY);
        return this;
    }

    /** Drags a card by {@code dx, dy} screen pixels. */
    public CanvasPage drag(String nodeId, double dx, double dy) {
        Point2D from = grip(nodeId);
        robot.drag(from, MouseButton.PRIMARY).moveBy(dx / 2, dy / 2).moveBy(dx / 2, dy / 2).drop();
        return this;
    }

    /** Drags from one output port to another node's input port. */
    public CanvasPage connect(String from, String fromPort, String to, String toPort) {
        Node output = port(from, false, fromPort);
        Node input = port(to, true, toPort);
        Point2D start = center(output);
        Point2D end = center(input);
        robot.drag(start, MouseButton.PRIMARY).moveTo(start.midpoint(end)).moveTo(end).drop();
        return this;
    }

    /** Drags from an output port onto an input port and holds the button there; returns the cursor's screen point. */
    public Point2D dragConnectionOver(String from, String fromPort, String to, String toPort) {
        Point2D start = center(port(from, false, fromPort));
        Point2D end = center(port(to, true, toPort));
        robot.drag(start, MouseButton.PRIMARY).moveTo(start.midpoint(end)).moveTo(end);
        return end;
    }

    public CanvasPage connect(String from, String to) {
        return connect(from, "out", to, "in");
    }

    public Node port(String nodeId, boolean input, String port) {
        return robot.lookup("#port-" + nodeId + "-" + (input ? "in" : "out") + "-" + port).query();
    }

    /** Drags a selection rectangle between two canvas points. */
    public CanvasPage rubberBand(double x1, double y1, double x2, double y2) {
        robot.drag(screenPoint(x1, y1), MouseButton.PRIMARY).moveTo(screenPoint((x1 + x2) / 2, (y1 + y2) / 2))
                .moveTo(screenPoint(x2, y2)).drop();
        return this;
    }

    /** Presses keys together, such as Ctrl+Z, with the canvas focused. */
    public CanvasPage press(KeyCode... keys) {
        Fx.run(() -> designer.canvas().requestFocus());
        robot.push(keys);
        return this;
    }

    public CanvasPage undo() {
        return press(KeyCode.CONTROL, KeyCode.Z);
    }

    public CanvasPage redo() {
        return press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
    }

    public CanvasPage delete() {
        return press(KeyCode.DELETE);
    }

    public Point2D center(Node node) {
        return Fx.get(() -> {
            Bounds bounds = node.localToScreen(node.getBoundsInLocal());
            return new Point2D(bounds.getCenterX(), bounds.getCenterY());
        });
    }

    public boolean badgeShown(String nodeId) {
        NodeView card = card(nodeId);
        return Fx.get(() -> !card.problems().isEmpty()
                && card.lookup(".problem-badge") != null && card.lookup(".problem-badge").isVisible());
    }
}
