package io.pipelinestudio.app.run;

import io.pipelinestudio.app.document.PipelineDocument;
import io.pipelinestudio.app.settings.RememberedRunParameters;
import io.pipelinestudio.model.validate.ExecutionMode;
import io.pipelinestudio.runtime.run.RunState;
import java.awt.Desktop;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.scene.control.ListView;
import javafx.stage.Window;

/** What the Run menu and toolbar do: run (asking for parameters when needed), stop, compare, dashboard. */
public final class RunActions {
    private final Window owner;
    private final PipelineDocument document;
    private final RunController runs;
    private final ResultsPane results;
    private final CanvasRunOverlay overlay;
    private final RunConsent consent;
    private final RememberedRunParameters remembered;
    private final ComparisonView comparison = new ComparisonView();
    private final ListView<String> rejected = new ListView<>();
    private Runnable afterNextLoad;

    public RunActions(Window owner, PipelineDocument document, RunController runs, ResultsPane results,
            CanvasRunOverlay overlay, RunConsent consent, RememberedRunParameters remembered) {
        this.owner = owner;
        this.remembered = remembered;
        this.document = document;
        this.runs = runs;
        this.results = results;
        this.overlay = overlay;
        this.consent = consent;
        rejected.setId("rejected-lines");
        runs.setLogShower(results::showLog);
        // a run that failed or was refused has nothing to chart: the log says why, so it comes to the front
        runs.stateProperty().addListener((o, old, now) -> {
            if (now == RunState.FAILED) {
                results.showLog();
            }
        });
    }

    /** Runs in the chosen mode; asks for parameter values first when some have neither a value nor a default. */
    public void run() {
        if (runs.isRunning()) {
            return;
        }
        if (!runs.missingParameters().isEmpty()) {
            runWithParameters();
            return;
        }
        if (!consent.allows(runs.parameters())) {
            return;
        }
        results.showLog();
        remembered.remember(document.file(), runs.parameters());
        runs.run();
    }

    /** Asks for every parameter's value, then runs. */
    public void runWithParameters() {
        if (runs.isRunning()) {
            return;
        }
        Optional<Map<String, String>> values = ParametersDialog.ask(owner, document.pipeline(), runs.parameters());
        values.filter(consent::allows).ifPresent(v -> {
            runs.setParameters(v);
            results.showLog();
            remembered.remember(document.file(), v);
            runs.run();
        });
    }

    public void stop() {
        runs.stop();
    }

    public CompletableFuture<ModeComparison> compareModes() {
        if (!runs.isRunning() && !consent.allows(runs.parameters())) {
            return CompletableFuture.completedFuture(null);
        }
        results.addTab("Batch vs stream", comparison);
        comparison.showComparing();
        return runs.compareModes().whenComplete((outcome, error) -> {
            if (outcome != null) {
                comparison.show(outcome);
                results.addTab("Batch vs stream", comparison);
            }
        });
    }

    /** Opens the embedded cluster's Flink dashboard in the system browser. */
    public void openDashboard() {
        SharedRunner.get().thenAccept(runner -> {
            Optional<URI> address = runner.dashboard();
            if (address.isEmpty()) {
                Platform.runLater(() -> runs.say("The Flink dashboard is not available yet"));
                return;
            }
            // the AWT desktop is used off the FX thread: it may block while the browser starts
            try {
                if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
                    Desktop.getDesktop().browse(address.get());
                    Platform.runLater(() -> runs.say("Opened the Flink dashboard at " + address.get()));
                } else {
                    Platform.runLater(() -> runs.say("Flink dashboard: " + address.get()
                            + " (no browser could be opened from here)"));
                }
            } catch (Exception e) {
                Platform.runLater(() -> runs.say("Flink dashboard: " + address.get() + " (" + e.getMessage() + ")"));
            }
        });
    }

    /** Shows the records a node rejected in the last run. */
    public void showRejected(String nodeId) {
        rejected.getItems().setAll(overlay.rejectedLines(nodeId));
        results.addTab("Rejected records", rejected);
    }

    /** Runs a lesson's step: its mode, its values, and its replay speed (0: as fast as possible). */
    public void runLessonStep(ExecutionMode mode, Map<String, String> parameters, double replayFactor) {
        if (runs.isRunning()) {
            return;
        }
        runs.modeProperty().set(mode);
        runs.setParameters(parameters);
        results.showLog();
        runs.run(mode, replayFactor);
    }

    /** Starts a run with these settings as soon as the next pipeline has been opened (the presenter start). */
    public void runAfterNextLoad(ExecutionMode mode, Map<String, String> parameters) {
        afterNextLoad = () -> {
            // naming the file on the command line with --run is the person's consent
            consent.grant();
            runs.modeProperty().set(mode);
            runs.setParameters(parameters);
            run();
        };
    }

    /**
     * Called when a pipeline has been opened: the runs, charts and counts of the one shown before go away, and
     * the parameters are those this pipeline's file was last run with.
     */
    public void loaded() {
        runs.forget();
        runs.setParameters(remembered.of(document.file()));
        Runnable pending = afterNextLoad;
        afterNextLoad = null;
        if (pending != null) {
            Platform.runLater(pending);
        }
    }

    public ComparisonView comparison() {
        return comparison;
    }
}
