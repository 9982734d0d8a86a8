package io.pipelinestudio.app.export;

import io.pipelinestudio.app.concurrent.BackgroundThreads;
import io.pipelinestudio.app.dialogs.ErrorDialog;
import io.pipelinestudio.app.document.PipelineDocument;
import io.pipelinestudio.app.files.FileDialogs;
import io.pipelinestudio.app.validation.ValidationService;
import io.pipelinestudio.model.Pipeline;
import io.pipelinestudio.model.validate.ExecutionMode;
import io.pipelinestudio.model.validate.PipelineValidator;
import io.pipelinestudio.model.validate.Problem;
import io.pipelinestudio.model.validate.ValidationReport;
import io.pipelinestudio.runtime.compile.PreparedPipeline;
import io.pipelinestudio.runtime.export.JarExporter;
import io.pipelinestudio.runtime.export.JavaProjectExporter;
import io.pipelinestudio.runtime.export.PlanExporter;
import io.pipelinestudio.runtime.run.InvalidPipelineException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.stage.Window;

/**
 * File, Export: the open pipeline as a job jar for {@code flink run}, a standalone Java project, or Flink's
 * execution plan as JSON, written by the runtime's exporters on a background thread. A pipeline with
 * problems is not exported; the Problems panel shows what to fix.
 */
public final class ExportActions {
    /** What can be exported, how it is described, and the name ending the chooser suggests. */
    public enum Format {
        JAR("job jar", ".jar"),
        JAVA("Java project", ""),
        PLAN("plan JSON", ".json");

        private final String description;
        private final String extension;

        Format(String description, String extension) {
            this.description = description;
            this.extension = extension;
        }

        public String description() {
            return description;
        }
    }

    private final Window owner;
    private final PipelineDocument document;
    private final ValidationService validation;
    private final FileDialogs dialogs;
    private final Consumer<String> messages;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ExecutorService executor = BackgroundThreads.single("pipeline-export");

    public ExportActions(Window owner, PipelineDocument document, ValidationService validation, FileDialogs dialogs,
            Consumer<String> messages) {
        this.owner = owner;
        this.document = document;
        this.validation = validation;
        this.dialogs = dialogs;
        this.messages = messages;
    }

    /** True while an export is being written. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public void export(Format format) {
        ValidationReport report = validation.report();
        if (report != null && !report.valid()) {
            showProblems("Cannot export " + document.displayName(), report.errors());
            return;
        }
        Pipeline snapshot = document.pipeline();
        Path folder = document.file() == null ? Path.of("").toAbsolutePath() : document.file().toAbsolutePath().getParent();
        String suggested = baseName(snapshot) + switch (format) {
            case JAR -> ".jar";
            case JAVA -> "-job";
            case PLAN -> "-plan.json";
        };
        dialogs.chooseExport(owner, folder, suggested, format.description, format.extension)
                .ifPresent(target -> write(format, snapshot, target));
    }

    private void write(Format format, Pipeline snapshot, Path target) {
        busy.set(true);
        messages.accept("Exporting the " + format.description + " to " + target + "\u2026");
        long started = System.nanoTime();
        executor.execute(() -> {
            try {
                String written = writeExport(format, snapshot, target);
                String seconds = String.format(Locale.ROOT, "%.1f s", (System.nanoTime() - started) / 1e9);
                Platform.runLater(() -> {
                    busy.set(false);
                    messages.accept(written + " in " + seconds);
                });
            } catch (InvalidPipelineException e) {
                failed(format, "Cannot export " + snapshot.name() + ": it has problems", e.problems());
            } catch (IOException e) {
                failed(format, "Cannot write " + target, "The " + format.description + " could not be written: "
                        + e.getMessage());
            } catch (RuntimeException e) {
                failed(format, "Cannot export " + snapshot.name(), String.valueOf(e.getMessage()));
            }
        });
    }

    private static String writeExport(Format format, Pipeline pipeline, Path target)
            throws IOException, InvalidPipelineException {
        PreparedPipeline prepared = PreparedPipeline.prepare(pipeline, defaultMode(pipeline), Map.of());
        switch (format) {
            case JAR -> {
                JarExporter.ExportedJar jar = JarExporter.export(prepared, 0, target);
                return String.format(Locale.ROOT, "Wrote the job jar %s (%.1f MB); run it with: flink run %s",
                        jar.file(), jar.bytes() / 1_048_576.0, jar.file().getFileName());
            }
            case JAVA -> {
                Path project = JavaProjectExporter.export(prepared, 0, target);
                return "Wrote the Java project " + project + "; build it with: mvn package";
            }
            default -> {
                PlanExporter.write(prepared, 0, target);
                return "Wrote the execution plan " + target.toAbsolutePath();
            }
        }
    }

    /** BATCH when every source is bounded, as the jar's default mode; {@code --mode} overrides it. */
    static ExecutionMode defaultMode(Pipeline pipeline) {
        return PipelineValidator.validateForRun(pipeline, ExecutionMode.BATCH, Map.of()).valid()
                ? ExecutionMode.BATCH : ExecutionMode.STREAMING;
    }

    private void failed(Format format, String header, List<Problem> problems) {
        Platform.runLater(() -> {
            busy.set(false);
            messages.accept("The " + format.description + " was not exported");
            showProblems(header, problems);
        });
    }

    private void failed(Format format, String header, String message) {
        Platform.runLater(() -> {
            busy.set(false);
            messages.accept("The " + format.description + " was not exported");
            ErrorDialog.show(owner, header, message);
        });
    }

    private void showProblems(String header, List<Problem> problems) {
        ErrorDialog.show(owner, header, "Fix these problems first (the Problems panel lists them too):\n\n"
                + problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
    }

    static String baseName(Pipeline pipeline) {
        String name = pipeline.name() == null || pipeline.name().isBlank() ? "pipeline" : pipeline.name();
        return name.replaceAll("[^A-Za-z0-9._-]+", "-");
    }
}
