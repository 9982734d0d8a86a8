package io.pipelinestudio.app.validation;

import io.pipelinestudio.app.concurrent.BackgroundThreads;
import io.pipelinestudio.app.document.PipelineDocument;
import io.pipelinestudio.model.Pipeline;
import io.pipelinestudio.model.validate.PipelineValidator;
import io.pipelinestudio.model.validate.Problem;
import io.pipelinestudio.model.validate.ProblemKind;
import io.pipelinestudio.model.validate.Severity;
import io.pipelinestudio.model.validate.ValidationReport;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Validates the pipeline as it is edited, on a background thread: bursts of edits coalesce into one
 * run of the newest graph, and at most one report is handed to the FX thread at a time. Moves alone do
 * not revalidate, since positions do not change what a pipeline means; job settings do.
 */
public final class ValidationService {
    private final PipelineDocument document;
    private final ReadOnlyObjectWrapper<ValidationReport> report = new ReadOnlyObjectWrapper<>(this, "report");
    private final ExecutorService executor = BackgroundThreads.single("pipeline-validation");
    private final AtomicReference<Pipeline> latest = new AtomicReference<>();
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicReference<ValidationReport> finished = new AtomicReference<>();
    private final AtomicBoolean handOffScheduled = new AtomicBoolean();

    public ValidationService(PipelineDocument document) {
        this.document = document;
        document.pipelineProperty().addListener((obs, old, now) -> {
            if (old == null || !sameGraph(old, now)) {
                request(now);
            }
        });
        request(document.pipeline());
    }

    public ReadOnlyObjectProperty<ValidationReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    public ValidationReport report() {
        return report.get();
    }

    /** The fields on a node's main input as the last report knows them; empty when nothing is known yet. */
    public List<String> inputFieldsOf(String nodeId) {
        ValidationReport current = report.get();
        if (current == null) {
            return List.of();
        }
        return document.pipeline().mainInputOf(nodeId)
                .flatMap(edge -> current.stream(edge.from(), edge.fromPort()))
                .map(stream -> stream.schema().names()).orElse(List.of());
    }

    /** True while a newer graph than the one reported waits to be validated. */
    public boolean isBusy() {
        ValidationReport current = report.get();
        return current == null || !sameGraph(current.pipeline(), document.pipeline());
    }

    public static boolean sameGraph(Pipeline a, Pipeline b) {
        if (a == b) {
            return true;
        }
        return (a.nodes() == b.nodes() || a.nodes().equals(b.nodes()))
                && (a.edges() == b.edges() || a.edges().equals(b.edges()))
                && a.parameters().equals(b.parameters())
                // the validator checks the job settings too, and warns about sinks that need checkpoints
                && java.util.Objects.equals(a.job(), b.job());
    }

    private void request(Pipeline pipeline) {
        latest.set(pipeline);
        if (running.compareAndSet(false, true)) {
            executor.execute(this::drain);
        }
    }

    private void drain() {
        while (true) {
            Pipeline pipeline = latest.get();
            ValidationReport result;
            try {
                result = MissingInputs.addTo(PipelineValidator.validate(pipeline));
            } catch (RuntimeException e) {
                // a validator bug must not stop validation for the rest of the session
                result = new ValidationReport(pipeline, List.of(new Problem(Severity.ERROR, ProblemKind.BAD_PARAMETER,
                        Problem.PIPELINE, "the pipeline could not be checked: " + e)), List.of(), Map.of());
                e.printStackTrace();
            }
            publish(result);
            running.set(false);
            // another edit may have arrived while this one was checked
            if (latest.get() == pipeline || !running.compareAndSet(false, true)) {
                return;
            }
        }
    }

    private void publish(ValidationReport result) {
        finished.set(result);
        if (handOffScheduled.compareAndSet(false, true)) {
            Platform.runLater(() -> {
                handOffScheduled.set(false);
                ValidationReport newest = finished.get();
                // a report of a graph that has since changed would pin problems on the wrong things
                if (sameGraph(newest.pipeline(), document.pipeline())) {
                    report.set(newest);
                }
            });
        }
    }
}
