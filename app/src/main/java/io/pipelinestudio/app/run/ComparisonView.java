package io.pipelinestudio.app.run;

import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;

/** The verdict of a batch-versus-streaming comparison and the lines that differ. */
public final class ComparisonView extends BorderPane {
    private static final PseudoClass DIFFERENT = PseudoClass.getPseudoClass("different");
    private final Label verdict = new Label();
    private final ListView<String> differences = new ListView<>();

    public ComparisonView() {
        setId("comparison-view");
        verdict.setId("comparison-verdict");
        verdict.getStyleClass().add("comparison-verdict");
        verdict.setWrapText(true);
        differences.setId("comparison-differences");
        differences.setPlaceholder(new Label("No differing lines"));
        setTop(verdict);
        setCenter(differences);
    }

    public void show(ModeComparison comparison) {
        verdict.setText(comparison.verdict());
        verdict.pseudoClassStateChanged(DIFFERENT, !comparison.equal());
        differences.getItems().setAll(comparison.shownDifferences());
    }

    public void showComparing() {
        verdict.setText("Running in BATCH, then in STREAMING\u2026");
        verdict.pseudoClassStateChanged(DIFFERENT, false);
        differences.getItems().clear();
    }

    public String verdict() {
        return verdict.getText();
    }

    public java.util.List<String> differences() {
        return differences.getItems();
    }
}
