package io.pipelinestudio.app.problems;

import io.pipelinestudio.app.document.Selection;
import io.pipelinestudio.app.theme.Styles;
import io.pipelinestudio.app.validation.ValidationService;
import io.pipelinestudio.model.validate.Problem;
import io.pipelinestudio.model.validate.ValidationReport;
import java.util.List;
import java.util.Set;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * The problems of the selected node or connection (of the pipeline itself when nothing is selected), in
 * full and wrapped where the person is editing it, each expression fault with a caret under the very
 * character: the list below the canvas is for the whole pipeline at a glance.
 */
public final class SelectionProblems extends VBox {
    private static final PseudoClass WARNING = PseudoClass.getPseudoClass(Styles.WARNING);
    /** Characters of an expression shown over its caret: what fits the properties panel in a fixed-width font. */
    private static final int EXCERPT_WIDTH = 44;

    private final ValidationService validation;
    private final Selection selection;

    public SelectionProblems(ValidationService validation, Selection selection) {
        this.validation = validation;
        this.selection = selection;
        setId("selection-problems");
        getStyleClass().add("selection-problems");
        validation.reportProperty().addListener(o -> refresh());
        selection.nodesProperty().addListener(o -> refresh());
        selection.edgesProperty().addListener(o -> refresh());
        refresh();
    }

    private void refresh() {
        getChildren().clear();
        ValidationReport report = validation.report();
        List<Problem> shown = report == null ? List.of()
                : report.problems().stream().filter(p -> p.target().equals(target())).toList();
        for (Problem problem : shown) {
            Label message = new Label((problem.isError() ? "" : "Warning: ") + problem.message());
            message.getStyleClass().add("selection-problem");
            message.pseudoClassStateChanged(WARNING, !problem.isError());
            message.setWrapText(true);
            message.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            getChildren().add(message);
            if (problem.excerpt() != null) {
                Label caret = new Label(String.join("\n", problem.excerpt().caretLines(EXCERPT_WIDTH)));
                caret.getStyleClass().add("problem-excerpt");
                caret.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
                getChildren().add(caret);
            }
        }
        setVisible(!shown.isEmpty());
        setManaged(!shown.isEmpty());
    }

    /** The node or connection the properties show: one selected, or the pipeline when nothing is. */
    private String target() {
        Set<String> nodes = selection.nodes();
        Set<String> edges = selection.edges();
        if (nodes.size() == 1 && edges.isEmpty()) {
            return nodes.iterator().next();
        }
        if (edges.size() == 1 && nodes.isEmpty()) {
            return edges.iterator().next();
        }
        return nodes.isEmpty() && edges.isEmpty() ? Problem.PIPELINE : "";
    }
}
