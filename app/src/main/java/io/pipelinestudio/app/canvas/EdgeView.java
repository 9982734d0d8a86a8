package io.pipelinestudio.app.canvas;

import io.pipelinestudio.app.theme.Styles;
import io.pipelinestudio.model.Edge;
import io.pipelinestudio.model.validate.Problem;
import java.util.List;
import java.util.stream.Collectors;
import javafx.css.PseudoClass;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.shape.CubicCurveTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.Polygon;
import javafx.util.Duration;

/** A curved connection with an arrow head, a wide invisible stroke for picking, and a problem badge. */
public final class EdgeView extends Group {
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass(Styles.SELECTED);
    private static final PseudoClass ERROR = PseudoClass.getPseudoClass(Styles.ERROR);
    private static final double ARROW = 9;

    private final Edge edge;
    private final Path hit = new Path();
    private final Path line = new Path();
    private final MoveTo lineStart = new MoveTo();
    private final CubicCurveTo lineCurve = new CubicCurveTo();
    private final MoveTo hitStart = new MoveTo();
    private final CubicCurveTo hitCurve = new CubicCurveTo();
    private final Polygon arrow = new Polygon();
    /** Created only for edges with problems: hundreds of idle labels would cost CSS and bounds work. */
    private Label badge;
    private double midX;
    private double midY;
    private List<Problem> problems = List.of();
    private Tooltip tip;
    /** Created when a run first reports records on this edge. */
    private Label flow;

    EdgeView(Edge edge) {
        this.edge = edge;
        setId("edge-" + edge.id());
        getStyleClass().add(Styles.EDGE);
        hit.getStyleClass().add(Styles.EDGE_HIT);
        // picked but never drawn: a wide transparent stroke would still cost rasterizing
        hit.setOpacity(0);
        line.getStyleClass().add(Styles.EDGE_LINE);
        arrow.getStyleClass().add(Styles.EDGE_ARROW);
        hit.getElements().addAll(hitStart, hitCurve);
        line.getElements().addAll(lineStart, lineCurve);
        line.setMouseTransparent(true);
        arrow.setMouseTransparent(true);
        getChildren().addAll(hit, line, arrow);
    }

    public Edge edge() {
        return edge;
    }

    public List<Problem> problems() {
        return problems;
    }

    /** Draws the curve from an output port to an input port, both in canvas coordinates. */
    void route(Point2D from, Point2D to) {
        double end = to.getX() - ARROW;
        double dx = Math.max(40, Math.abs(end - from.getX()) * 0.5);
        setCurve(lineStart, lineCurve, from, end, to.getY(), dx);
        setCurve(hitStart, hitCurve, from, end, to.getY(), dx);
        arrow.getPoints().setAll(to.getX(), to.getY(), end, to.getY() - ARROW / 2, end, to.getY() + ARROW / 2);
        // the midpoint of a cubic Bézier with these symmetric control points
        midX = (from.getX() + end) / 2;
        midY = (from.getY() + to.getY()) / 2;
        if (badge != null) {
            badge.resizeRelocate(midX - 9, midY - 9, 18, 18);
        }
        placeFlow();
    }

    /** Shows the records flowing on this edge in the current run (rate and total); null hides it. */
    public void setFlowText(String text) {
        if (text == null) {
            if (flow != null) {
                flow.setVisible(false);
            }
            return;
        }
        if (flow == null) {
            flow = new Label();
            flow.setId("flow-" + edge.id());
            flow.getStyleClass().add("edge-flow");
            flow.setManaged(false);
            flow.setMouseTransparent(true);
            getChildren().add(flow);
        }
        flow.setText(text);
        flow.setVisible(true);
        placeFlow();
    }

    public String flowText() {
        return flow == null || !flow.isVisible() ? null : flow.getText();
    }

    private void placeFlow() {
        if (flow != null) {
            double width = flow.prefWidth(-1);
            flow.resizeRelocate(midX - width / 2, midY - 24, width, flow.prefHeight(-1));
        }
    }

    static void setCurve(MoveTo start, CubicCurveTo curve, Point2D from, double endX, double endY, double dx) {
        start.setX(from.getX());
        start.setY(from.getY());
        curve.setControlX1(from.getX() + dx);
        curve.setControlY1(from.getY());
        curve.setControlX2(endX - dx);
        curve.setControlY2(endY);
        curve.setX(endX);
        curve.setY(endY);
    }

    void setSelected(boolean selected) {
        pseudoClassStateChanged(SELECTED, selected);
    }

    void setProblems(List<Problem> newProblems) {
        if (newProblems.equals(problems)) {
            return;
        }
        problems = List.copyOf(newProblems);
        boolean error = !problems.isEmpty();
        pseudoClassStateChanged(ERROR, error);
        if (!error) {
            if (badge != null) {
                Tooltip.uninstall(badge, tip);
                Tooltip.uninstall(hit, tip);
                getChildren().remove(badge);
                badge = null;
                tip = null;
            }
            return;
        }
        if (badge == null) {
            badge = new Label("!");
            badge.getStyleClass().add(Styles.BADGE);
            badge.pseudoClassStateChanged(ERROR, true);
            badge.setManaged(false);
            badge.resizeRelocate(midX - 9, midY - 9, 18, 18);
            getChildren().add(badge);
            tip = new Tooltip();
            tip.setShowDelay(Duration.millis(200));
            Tooltip.install(badge, tip);
            Tooltip.install(hit, tip);
        }
        tip.setText(problems.stream().map(Problem::message).collect(Collectors.joining("\n")));
    }
}
