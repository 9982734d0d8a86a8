package io.pipelinestudio.app.canvas;

import javafx.geometry.Point2D;
import javafx.scene.control.ContextMenu;

/** Builds the context menus of the canvas; the window supplies them so that menus share its actions. */
public interface CanvasMenus {
    ContextMenu forNode(String nodeId);

    ContextMenu forEdge(String edgeId);

    /** The menu of empty canvas; {@code at} is where it was opened, in canvas coordinates. */
    ContextMenu forCanvas(Point2D at);
}
