package io.pipelinestudio.app.support;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;

/** Brings a node that a scroll pane hides into its viewport before a test clicks or drags it. */
public final class Scrolling {
    private Scrolling() {}

    /**
     * Scrolls the nearest enclosing scroll pane so that {@code node} shows, centred where it can be; does
     * nothing when it already shows. A robot's clicks on a hidden node land on whatever covers its place.
     */
    public static void reveal(Node node) {
        Fx.run(() -> {
            ScrollPane scroll = enclosingScrollPane(node);
            if (scroll == null || scroll.getContent() == null) {
                return;
            }
            // all in scene coordinates, which hold however far the pane is scrolled already
            Node viewport = scroll.lookup(".viewport");
            Bounds view = viewport.localToScene(viewport.getLayoutBounds());
            Bounds target = node.localToScene(node.getBoundsInLocal());
            if (target.getMinY() >= view.getMinY() && target.getMaxY() <= view.getMaxY()) {
                return;
            }
            Bounds content = scroll.getContent().localToScene(scroll.getContent().getBoundsInLocal());
            double range = content.getHeight() - view.getHeight();
            if (range <= 0) {
                return;
            }
            double top = target.getMinY() - content.getMinY();
            double wanted = Math.max(0, Math.min(range, top - (view.getHeight() - target.getHeight()) / 2));
            scroll.setVvalue(scroll.getVmin() + (scroll.getVmax() - scroll.getVmin()) * wanted / range);
            scroll.layout();
        });
    }

    private static ScrollPane enclosingScrollPane(Node node) {
        for (Parent parent = node.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof ScrollPane scroll) {
                return scroll;
            }
        }
        return null;
    }
}
