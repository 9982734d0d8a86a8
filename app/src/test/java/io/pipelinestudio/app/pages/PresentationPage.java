package io.pipelinestudio.app.pages;

import io.pipelinestudio.app.shell.Designer;
import io.pipelinestudio.app.support.Fx;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.SplitPane;
import javafx.scene.text.Text;
import org.testfx.api.FxRobot;

/** View → Presentation and Results Full Screen, and what the window looks like meanwhile. */
public final class PresentationPage {
    private final FxRobot robot;
    private final Designer designer;

    public PresentationPage(FxRobot robot, Designer designer) {
        this.robot = robot;
        this.designer = designer;
    }

    /** View → Presentation: on, or off again. */
    public PresentationPage togglePresentation() {
        robot.clickOn("View");
        robot.clickOn("Presentation");
        Fx.run(() -> { });
        return this;
    }

    /** View → Results Full Screen: on, or off again. */
    public PresentationPage toggleResultsFullScreen() {
        robot.clickOn("View");
        robot.clickOn("Results Full Screen");
        Fx.run(() -> { });
        return this;
    }

    public boolean presenting() {
        return Fx.get(() -> designer.stage().getScene().getRoot().getStyleClass().contains("presenting"));
    }

    /** The canvas's bounds in the window. */
    public Bounds canvas() {
        return Fx.get(() -> designer.canvas().localToScene(designer.canvas().getLayoutBounds()));
    }

    /** The results area's bounds in the window. */
    public Bounds results() {
        return Fx.get(() -> designer.results().localToScene(designer.results().getLayoutBounds()));
    }

    public double windowWidth() {
        return Fx.get(() -> designer.stage().getScene().getWidth());
    }

    /**
     * What can be seen of the layout: per split pane of the window, its items (by id or style class) and its
     * divider positions, and which panels show.
     */
    public Map<String, Object> layout() {
        return Fx.get(() -> {
            Map<String, Object> layout = new LinkedHashMap<>();
            int i = 0;
            for (Node node : designer.stage().getScene().getRoot().lookupAll(".split-pane")) {
                if (node instanceof SplitPane split && showing(split) && !inside(split, "results-pane")) {
                    List<String> items = split.getItems().stream().map(PresentationPage::name).toList();
                    List<Double> dividers = new ArrayList<>();
                    for (double position : split.getDividerPositions()) {
                        dividers.add(position);
                    }
                    layout.put("split " + i++ + " " + split.getOrientation() + " " + items, dividers);
                }
            }
            for (String panel : List.of(".palette", "#side-tabs", ".problems", "#results-pane")) {
                Node found = designer.stage().getScene().getRoot().lookup(panel);
                layout.put(panel + " shown", found != null && showing(found) && found.getLayoutBounds().getWidth() > 0);
            }
            layout.put("canvas shown", showing(designer.canvas()));
            return layout;
        });
    }

    /**
     * The visible labels, buttons, check boxes and tab titles whose text is drawn cut short ("Cl…"), as
     * {@code text → drawn}, leaving out those {@code cutOnPurpose} names.
     */
    public Map<String, String> truncatedTexts(Predicate<Labeled> cutOnPurpose) {
        return Fx.get(() -> {
            Map<String, String> truncated = new LinkedHashMap<>();
            collectTruncated(designer.stage().getScene().getRoot(), cutOnPurpose, truncated);
            return truncated;
        });
    }

    private static void collectTruncated(Parent parent, Predicate<Labeled> cutOnPurpose, Map<String, String> into) {
        for (Node child : parent.getChildrenUnmodifiable()) {
            if (!child.isVisible()) {
                continue;
            }
            if (child instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isEmpty()
                    && !cutOnPurpose.test(labeled)) {
                for (Node part : labeled.getChildrenUnmodifiable()) {
                    if (part instanceof Text text && part.getStyleClass().contains("text")
                            && !text.getText().equals(labeled.getText())) {
                        into.put(labeled.getText(), text.getText());
                    }
                }
            }
            if (child instanceof Parent next) {
                collectTruncated(next, cutOnPurpose, into);
            }
        }
    }

    private static boolean showing(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    private static boolean inside(Node node, String id) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (id.equals(n.getId())) {
                return true;
            }
        }
        return false;
    }

    private static String name(Node node) {
        if (node.getId() != null) {
            return "#" + node.getId();
        }
        return node.getStyleClass().isEmpty() ? node.getClass().getSimpleName() : "." + node.getStyleClass().get(0);
    }
}
