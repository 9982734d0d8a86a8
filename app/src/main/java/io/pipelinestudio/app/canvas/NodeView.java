package io.pipelinestudio.app.canvas;

import io.pipelinestudio.app.palette.PaletteCatalog;
import io.pipelinestudio.app.palette.PaletteEntry;
import io.pipelinestudio.app.theme.Icons;
import io.pipelinestudio.app.theme.Styles;
import io.pipelinestudio.model.node.Node;
import io.pipelinestudio.model.validate.Problem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.css.PseudoClass;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;

/**
 * The card of one node: kind icon, name, kind, key settings, ports and a problem badge. It shows the
 * node record it is given and holds nothing else.
 */
public final class NodeView extends Region {
    public static final double WIDTH = 210;
    static final double MIN_HEIGHT = 78;
    static final double FIRST_PORT_Y = 42;
    static final double PORT_STEP = 22;
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass(Styles.SELECTED);
    private static final PseudoClass ERROR = PseudoClass.getPseudoClass(Styles.ERROR);
    private static final PseudoClass WARNING = PseudoClass.getPseudoClass(Styles.WARNING);
    private static final PseudoClass FAILED = PseudoClass.getPseudoClass("failed");

    private final String nodeId;
    private final Label title = new Label();
    private final Label kind = new Label();
    private final Label summary = new Label();
    private final Label badge = new Label("!");
    private final Region accent = new Region();
    private final StackPane icon;
    private final Map<String, PortView> inputs = new LinkedHashMap<>();
    private final Map<String, PortView> outputs = new LinkedHashMap<>();
    private final List<Label> portLabels = new ArrayList<>();
    private Node node;
    private List<Problem> problems = List.of();
    private Tooltip badgeTip;
    private Tooltip cardTip;
    /** Created on the first run only: what the node did in the run (records, rejections, failure). */
    private Label runStatus;

    NodeView(Node node) {
        this.nodeId = node.id();
        PaletteEntry entry = PaletteCatalog.entry(node.kind());
        setId("node-" + node.id());
        getStyleClass().addAll(Styles.NODE_CARD,
                Styles.FAMILY_PREFIX + node.family().name().toLowerCase(Locale.ROOT));
        accent.getStyleClass().add("node-accent");
        icon = Icons.icon(entry.icon(), 18);
        icon.getStyleClass().add(Styles.NODE_ICON);
        title.getStyleClass().add(Styles.NODE_TITLE);
        kind.getStyleClass().add(Styles.NODE_KIND);
        String family = node.family().title();
        kind.setText((entry.label().equalsIgnoreCase(family) ? family : entry.label() + " \u00b7 " + family)
                .toUpperCase(Locale.ROOT));
        summary.getStyleClass().add(Styles.NODE_SUMMARY);
        badge.getStyleClass().add(Styles.BADGE);
        badge.setVisible(false);
        getChildren().addAll(accent, icon, title, kind, summary, badge);
        setPrefWidth(WIDTH);
        update(node);
    }

    public String nodeId() {
        return nodeId;
    }

    public Node node() {
        return node;
    }

    public List<Problem> problems() {
        return problems;
    }

    /** Shows a new record of the same node. */
    void update(Node newNode) {
        Node old = node;
        node = newNode;
        title.setText(newNode.displayName());
        summary.setText(PaletteCatalog.entry(newNode.kind()).summarize(newNode));
        if (old == null || !old.inputPorts().equals(newNode.inputPorts())
                || !old.outputPorts().equals(newNode.outputPorts())) {
            buildPorts();
        }
        double height = height(newNode);
        setPrefHeight(height);
        resize(WIDTH, height);
    }

    private void buildPorts() {
        getChildren().removeAll(inputs.values());
        getChildren().removeAll(outputs.values());
        getChildren().removeAll(portLabels);
        inputs.clear();
        outputs.clear();
        portLabels.clear();
        for (String port : node.inputPorts()) {
            PortView view = new PortView(nodeId, port, true);
            inputs.put(port, view);
            getChildren().add(view);
            if (node.inputPorts().size() > 1) {
                Label label = new Label(port);
                label.getStyleClass().add(Styles.PORT_LABEL);
                label.setUserData(new PortKey(port, true));
                portLabels.add(label);
                getChildren().add(label);
            }
        }
        for (String port : node.outputPorts()) {
            PortView view = new PortView(nodeId, port, false);
            outputs.put(port, view);
            getChildren().add(view);
            if (node.outputPorts().size() > 1) {
                Label label = new Label(port);
                label.getStyleClass().add(Styles.PORT_LABEL);
                label.setUserData(new PortKey(port, false));
                portLabels.add(label);
                getChildren().add(label);
            }
        }
    }

    private record PortKey(String port, boolean input) {}

    public static double height(Node node) {
        int ports = Math.max(node.inputPorts().size(), node.outputPorts().size());
        return Math.max(MIN_HEIGHT, FIRST_PORT_Y + (ports - 1) * PORT_STEP + 36);
    }

    /** Where a port's dot sits, relative to the card's top-left corner. */
    static Point2D portOffset(Node node, String port, boolean input) {
        List<String> ports = input ? node.inputPorts() : node.outputPorts();
        int index = Math.max(0, ports.indexOf(port));
        return new Point2D(input ? 0 : WIDTH, FIRST_PORT_Y + index * PORT_STEP);
    }

    PortView port(String port, boolean input) {
        return (input ? inputs : outputs).get(port);
    }

    List<PortView> inputPorts() {
        return List.copyOf(inputs.values());
    }

    void setSelected(boolean selected) {
        pseudoClassStateChanged(SELECTED, selected);
    }

    void setProblems(List<Problem> newProblems) {
        if (newProblems.equals(problems)) {
            return;
        }
        problems = List.copyOf(newProblems);
        boolean error = problems.stream().anyMatch(Problem::isError);
        boolean warning = !error && !problems.isEmpty();
        pseudoClassStateChanged(ERROR, error);
        pseudoClassStateChanged(WARNING, warning);
        badge.setVisible(!problems.isEmpty());
        badge.pseudoClassStateChanged(ERROR, error);
        badge.pseudoClassStateChanged(WARNING, warning);
        if (problems.isEmpty()) {
            if (badgeTip != null) {
                Tooltip.uninstall(badge, badgeTip);
                badgeTip = null;
            }
            return;
        }
        if (badgeTip == null) {
            badgeTip = new Tooltip();
            badgeTip.setShowDelay(Duration.millis(200));
            // a long message wraps instead of running off the screen
            badgeTip.setWrapText(true);
            badgeTip.setMaxWidth(420);
            Tooltip.install(badge, badgeTip);
        }
        badgeTip.setText(problems.stream().map(p -> (p.isError() ? "Error: " : "Warning: ") + p.message())
                .collect(Collectors.joining("\n")));
    }

    /**
     * Shows under the card what the node does in the current run, such as its record rate or why it failed;
     * null clears it. A click on the text runs {@code onClick} when given.
     */
    public void setRunStatus(String text, boolean failed, Runnable onClick) {
        if (text == null) {
            if (runStatus != null) {
                runStatus.setVisible(false);
            }
            // the card's red outline goes with the failure it marked
            pseudoClassStateChanged(FAILED, false);
            return;
        }
        if (runStatus == null) {
            runStatus = new Label();
            runStatus.setId("run-status-" + nodeId);
            runStatus.getStyleClass().add("node-run-status");
            runStatus.setManaged(false);
            runStatus.setWrapText(true);
            getChildren().add(runStatus);
        }
        runStatus.setText(text);
        runStatus.setVisible(true);
        runStatus.pseudoClassStateChanged(FAILED, failed);
        runStatus.setOnMouseClicked(onClick == null ? null : e -> {
            onClick.run();
            e.consume();
        });
        runStatus.setCursor(onClick == null ? null : javafx.scene.Cursor.HAND);
        pseudoClassStateChanged(FAILED, failed);
        requestLayout();
    }

    public String runStatus() {
        return runStatus == null || !runStatus.isVisible() ? null : runStatus.getText();
    }

    /** Installs, on first hover, the tooltip with the output schema that {@code text} describes. */
    void installCardTooltip(Supplier<String> text) {
        if (cardTip != null) {
            return;
        }
        cardTip = new Tooltip();
        cardTip.getStyleClass().add("schema-tooltip");
        cardTip.setShowDelay(Duration.millis(350));
        cardTip.setOnShowing(e -> cardTip.setText(text.get()));
        Tooltip.install(this, cardTip);
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        accent.resizeRelocate(0, 0, 4, h);
        icon.relocate(14, 11);
        title.resizeRelocate(40, 9, w - 72, 22);
        kind.resizeRelocate(14, 36, w - 28, 16);
        summary.resizeRelocate(14, 54, w - 28 - (portLabels.isEmpty() ? 0 : 44), 16);
        badge.resizeRelocate(w - 28, 10, 18, 18);
        if (runStatus != null) {
            runStatus.resizeRelocate(0, h + 4, w, runStatus.prefHeight(w));
        }
        double half = PortView.SIZE / 2;
        for (PortView view : inputs.values()) {
            Point2D at = portOffset(node, view.port(), true);
            view.resizeRelocate(at.getX() - half, at.getY() - half, PortView.SIZE, PortView.SIZE);
        }
        for (PortView view : outputs.values()) {
            Point2D at = portOffset(node, view.port(), false);
            view.resizeRelocate(at.getX() - half, at.getY() - half, PortView.SIZE, PortView.SIZE);
        }
        for (Label label : portLabels) {
            PortKey key = (PortKey) label.getUserData();
            Point2D at = portOffset(node, key.port(), key.input());
            double width = label.prefWidth(-1);
            label.resizeRelocate(key.input() ? at.getX() + 10 : at.getX() - width - 10, at.getY() - 8, width, 16);
        }
    }
}
