package io.pipelinestudio.app.canvas;

import javafx.geometry.Point2D;
import javafx.scene.control.Label;

/**
 * Why the input port under the cursor refuses the connection being dragged, shown beside the cursor at a
 * readable size whatever the zoom: the eye is on the cursor while dragging, not on the status bar.
 */
final class ConnectionHint extends Label {
    /** Enough to read a reason at a glance; longer ones wrap. */
    private static final double MAX_WIDTH = 320;
    private static final double OFFSET = 16;

    ConnectionHint() {
        setId("connection-hint");
        getStyleClass().add("connection-hint");
        setWrapText(true);
        setMaxWidth(MAX_WIDTH);
        setManaged(false);
        setMouseTransparent(true);
        setVisible(false);
    }

    /** Shows {@code reason} below and to the right of {@code cursor}, in the canvas's own coordinates. */
    void show(String reason, Point2D cursor) {
        setText(reason);
        double width = Math.min(MAX_WIDTH, prefWidth(-1));
        resizeRelocate(cursor.getX() + OFFSET, cursor.getY() + OFFSET, width, prefHeight(width));
        setVisible(true);
        toFront();
    }

    void hide() {
        setVisible(false);
    }
}
