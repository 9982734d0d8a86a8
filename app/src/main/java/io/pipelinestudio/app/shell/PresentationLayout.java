package io.pipelinestudio.app.shell;

import io.pipelinestudio.app.chart.ChartTheme;
import io.pipelinestudio.app.theme.Styles;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/**
 * Arranges the designer's window for editing, for presenting (larger type, the results beside the canvas,
 * palette, problems and side panel out of the way) or with the results alone, and puts the editing layout
 * back as it was, dividers included, when presenting and the full-screen results end.
 */
final class PresentationLayout {
    /** How much larger the charts' text is while presenting; assets/css/presentation.css scales the rest alike. */
    static final double TEXT_SCALE = 1.4;

    private enum Arrangement { EDITING, SIDE_BY_SIDE, RESULTS_ONLY }

    private final BooleanProperty presenting = new SimpleBooleanProperty(this, "presenting");
    private final BooleanProperty resultsMaximized = new SimpleBooleanProperty(this, "resultsMaximized");
    private final Parent root;
    private final SplitPane main;
    private final SplitPane middle;
    private final SplitPane bottom;
    private final Node canvasArea;
    private final TabPane results;
    private final List<Node> editingMain;
    private final List<Node> editingMiddle;
    private final List<Node> editingBottom;
    private final Orientation editingOrientation;
    private Arrangement shown = Arrangement.EDITING;
    private double[] editingMainDividers;
    private double[] editingMiddleDividers;
    private double[] editingBottomDividers;
    private double sideBySideDivider = 0.5;

    /**
     * The window as {@code Designer} builds it: {@code main} holds palette, {@code middle} and side panel;
     * {@code middle} the canvas area over {@code bottom}, which holds the problems and the {@code results}.
     */
    PresentationLayout(Parent root, SplitPane main, SplitPane middle, SplitPane bottom, Node canvasArea,
            TabPane results) {
        this.root = root;
        this.main = main;
        this.middle = middle;
        this.bottom = bottom;
        this.canvasArea = canvasArea;
        this.results = results;
        editingMain = List.copyOf(main.getItems());
        editingMiddle = List.copyOf(middle.getItems());
        editingBottom = List.copyOf(bottom.getItems());
        editingOrientation = middle.getOrientation();
        initListeners();
    }

    private void initListeners() {
        presenting.addListener(o -> arrange());
        resultsMaximized.addListener(o -> arrange());
        // a double-click on the tabs' header, as in IDEs, maximizes the results or brings the canvas back
        results.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2
                    && onTabHeader(e.getPickResult().getIntersectedNode())) {
                resultsMaximized.set(!resultsMaximized.get());
            }
        });
        // charts are shared by every window of the process: a new window starts them at their normal size
        ChartTheme.scaleText(1);
    }

    BooleanProperty presentingProperty() {
        return presenting;
    }

    BooleanProperty resultsMaximizedProperty() {
        return resultsMaximized;
    }

    /** Whether the window shows the layout made for editing, whose dividers the designer may adjust itself. */
    boolean editing() {
        return shown == Arrangement.EDITING;
    }

    private void arrange() {
        if (presenting.get() != root.getStyleClass().contains(Styles.PRESENTING)) {
            if (presenting.get()) {
                root.getStyleClass().add(Styles.PRESENTING);
            } else {
                root.getStyleClass().remove(Styles.PRESENTING);
            }
            ChartTheme.scaleText(presenting.get() ? TEXT_SCALE : 1);
        }
        Arrangement next = resultsMaximized.get() ? Arrangement.RESULTS_ONLY
                : presenting.get() ? Arrangement.SIDE_BY_SIDE : Arrangement.EDITING;
        if (next == shown) {
            return;
        }
        remember();
        switch (next) {
            case EDITING -> showEditing();
            case SIDE_BY_SIDE -> showResults(canvasArea, results);
            case RESULTS_ONLY -> showResults(results);
        }
        shown = next;
    }

    /** Keeps where the user left the dividers of the arrangement being left, to find them there again. */
    private void remember() {
        if (shown == Arrangement.EDITING) {
            editingMainDividers = main.getDividerPositions();
            editingMiddleDividers = middle.getDividerPositions();
            editingBottomDividers = bottom.getDividerPositions();
        } else if (shown == Arrangement.SIDE_BY_SIDE) {
            sideBySideDivider = middle.getDividerPositions()[0];
        }
    }

    private void showResults(Node... items) {
        // a node has one parent: the results leave the bottom split before the middle one takes them
        bottom.getItems().remove(results);
        main.getItems().setAll(middle);
        middle.setOrientation(Orientation.HORIZONTAL);
        middle.getItems().setAll(items);
        if (items.length == 2) {
            middle.setDividerPositions(sideBySideDivider);
        }
    }

    private void showEditing() {
        middle.getItems().setAll(editingMiddle);
        middle.setOrientation(editingOrientation);
        bottom.getItems().setAll(editingBottom);
        main.getItems().setAll(editingMain);
        main.setDividerPositions(editingMainDividers);
        middle.setDividerPositions(editingMiddleDividers);
        bottom.setDividerPositions(editingBottomDividers);
    }

    private boolean onTabHeader(Node picked) {
        for (Node n = picked; n != null && n != results; n = n.getParent()) {
            if (n.getStyleClass().contains("tab-header-area")) {
                return true;
            }
        }
        return false;
    }
}
