package io.pipelinestudio.app.run;

import io.pipelinestudio.app.document.PipelineDocument;
import io.pipelinestudio.app.files.FileWorker;
import io.pipelinestudio.app.files.KnownPipelines;
import io.pipelinestudio.model.Pipeline;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Asks before the first run of a pipeline from a file this designer neither created nor saved. Opening
 * such a file is harmless; running it writes wherever its sinks point, so the person sees every file the
 * run would write or replace first. A yes is remembered with the pipeline's content.
 */
public final class RunConsent {
    private final Window owner;
    private final PipelineDocument document;
    private final KnownPipelines known;
    private final FileWorker worker;

    public RunConsent(Window owner, PipelineDocument document, KnownPipelines known, FileWorker worker) {
        this.owner = owner;
        this.document = document;
        this.known = known;
        this.worker = worker;
    }

    /** Whether a run with these parameters may go ahead; asks when the pipeline is unfamiliar. */
    public boolean allows(Map<String, String> parameters) {
        if (!document.isUnfamiliar()) {
            return true;
        }
        if (!ask(RunWrites.of(document.pipeline(), parameters))) {
            return false;
        }
        grant();
        return true;
    }

    /** Records that the person wants this pipeline run, as naming it on the command line with --run does. */
    public void grant() {
        document.markFamiliar();
        Pipeline pipeline = document.pipeline();
        worker.run(() -> known.add(pipeline));
    }

    private boolean ask(List<String> writes) {
        ButtonType run = new ButtonType("Run", ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.WARNING, "", run, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle("Run a pipeline from elsewhere");
        alert.setHeaderText("Pipeline Studio did not create or save " + document.displayName());
        Label why = new Label("Check where it writes before its first run. "
                + (writes.isEmpty() ? "It writes no files." : "Running it writes:"));
        why.setWrapText(true);
        VBox content = new VBox(8, why);
        if (!writes.isEmpty()) {
            ListView<String> list = new ListView<>();
            list.getItems().setAll(writes);
            list.setId("run-writes");
            list.setPrefHeight(Math.min(8, writes.size()) * 26 + 4);
            content.getChildren().add(list);
        }
        content.setPrefWidth(640);
        alert.getDialogPane().setContent(content);
        alert.getDialogPane().setId("run-consent-dialog");
        // Enter cancels: running is the deliberate choice
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(run)).setDefaultButton(false);
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        return alert.showAndWait().orElse(ButtonType.CANCEL) == run;
    }
}
