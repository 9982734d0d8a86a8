package io.pipelinestudio.app.pages;

import io.pipelinestudio.app.shell.Designer;
import io.pipelinestudio.app.support.Fx;
import io.pipelinestudio.app.support.Scrolling;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import org.testfx.api.FxRobot;

/** The palette: find node kinds and drag them onto the canvas. */
public final class PalettePage {
    private final FxRobot robot;
    private final Designer designer;
    private final CanvasPage canvas;

    public PalettePage(FxRobot robot, Designer designer, CanvasPage canvas) {
        this.robot = robot;
        this.designer = designer;
        this.canvas = canvas;
    }

    public Node item(String kind) {
        return robot.lookup("#palette-" + kind).query();
    }

    /** Drags {@code kind} from the palette to a point of the canvas and returns the new node's id. */
    public String drop(String kind, double x, double y) {
        Set<String> before = ids();
        // the palette is taller than the window: a person scrolls to the kind first
        Scrolling.reveal(item(kind));
        Point2D target = canvas.screenPoint(x, y);
        Point2D start = canvas.center(item(kind));
        robot.drag(start, MouseButton.PRIMARY)
                .moveBy(12, 0)
                .moveTo(start.midpoint(target))
                .moveTo(target)
                .drop();
        Fx.waitUntil("a " + kind + " node to be added", () -> ids().size() > before.size());
        Set<String> added = ids();
        added.removeAll(before);
        return added.iterator().next();
    }

    public PalettePage search(String text) {
        robot.clickOn("#palette-search").write(text);
        return this;
    }

    public boolean shows(String kind) {
        return Fx.get(() -> item(kind).isVisible());
    }

    private Set<String> ids() {
        return Fx.get(() -> designer.document().pipeline().nodes().stream()
                .map(io.pipelinestudio.model.node.Node::id).collect(Collectors.toSet()));
    }
}
