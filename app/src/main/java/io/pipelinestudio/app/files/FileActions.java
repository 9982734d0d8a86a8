package io.pipelinestudio.app.files;

import io.pipelinestudio.app.canvas.GraphLayout;
import io.pipelinestudio.app.dialogs.ErrorDialog;
import io.pipelinestudio.app.document.PipelineDocument;
import io.pipelinestudio.app.document.Selection;
import io.pipelinestudio.app.settings.UserSettings;
import io.pipelinestudio.model.Pipeline;
import io.pipelinestudio.model.Position;
import io.pipelinestudio.model.json.PipelineFormatException;
import io.pipelinestudio.model.json.PipelineJson;
import io.pipelinestudio.model.node.Node;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.Window;

/**
 * New, Open, Save, Save As, recent files and examples for the one open document. Reading and writing
 * happen on the file worker; a file that cannot be read is reported and left exactly as it was.
 */
public final class FileActions {
    private final Window owner;
    private final PipelineDocument document;
    private final Selection selection;
    private final UserSettings settings;
    private final FileWorker worker;
    private final KnownPipelines known;
    private final FileDialogs dialogs;
    private final Consumer<String> messages;
    private Runnable afterLoad = () -> { };

    public FileActions(Window owner, PipelineDocument document, Selection selection, UserSettings settings,
            FileWorker worker, KnownPipelines known, FileDialogs dialogs, Consumer<String> messages) {
        this.owner = owner;
        this.document = document;
        this.selection = selection;
        this.settings = settings;
        this.worker = worker;
        this.known = known;
        this.dialogs = dialogs;
        this.messages = messages;
    }

    /** Runs after a pipeline is shown, for example to zoom it to fit. */
    public void setAfterLoad(Runnable afterLoad) {
        this.afterLoad = afterLoad;
    }

    public void newPipeline() {
        whenDiscardable(() -> {
            selection.clear();
            document.load(PipelineDocument.empty(), null, false);
            messages.accept("New pipeline");
            afterLoad.run();
        });
    }

    public void open() {
        whenDiscardable(() -> dialogs.chooseOpen(owner, folder()).ifPresent(this::load));
    }

    public void open(Path file) {
        whenDiscardable(() -> load(file));
    }

    public void openExample(Path file) {
        whenDiscardable(() -> read(file, opened -> {
            show(opened.pipeline(), null, false);
            messages.accept("Opened the example " + file.getFileName() + "; Save As keeps a copy of your changes");
        }));
    }

    /** Shows a pipeline that has no file of its own yet (a lesson's), after asking about unsaved changes. */
    public void showUnsaved(Pipeline pipeline, String message, Runnable then) {
        whenDiscardable(() -> {
            show(pipeline, null, false);
            messages.accept(message);
            then.run();
        });
    }

    /** Shows a recovered copy of unsaved work as modified, so that the person saves it deliberately. */
    public void restore(Recovery.Recovered recovered) {
        show(recovered.pipeline(), recovered.file(), true);
        messages.accept("Restored unsaved changes" + (recovered.file() == null ? "" : " to " + recovered.file().getFileName()));
    }

    private void load(Path file) {
        read(file, opened -> {
            show(opened.pipeline(), file, false);
            if (!opened.known()) {
                document.markUnfamiliar();
            }
            settings.update(s -> s.withRecent(file.toAbsolutePath().toString()));
            messages.accept("Opened " + file);
        });
    }

    /** A pipeline read from a file, and whether this designer wrote it, ran it, or ships it. */
    private record Opened(Pipeline pipeline, boolean known) {}

    private void read(Path file, Consumer<Opened> then) {
        messages.accept("Opening " + file.getFileName() + "\u2026");
        worker.submit(() -> {
            Pipeline pipeline = PipelineJson.read(file);
            return new Opened(pipeline, known.contains(pipeline) || Examples.ships(file));
        }, then, e -> {
            String reason = e instanceof PipelineFormatException ? e.getMessage() : String.valueOf(e.getMessage());
            messages.accept("Cannot open " + file.getFileName());
            showError("Cannot open " + file.getFileName(), reason
                    + "\n\nThe file was not changed. " + (reason.contains("newer") ? "Open it with a newer Pipeline Studio."
                    : "Fix it in a text editor, or open another file."));
        });
    }

    private void show(Pipeline pipeline, Path file, boolean modified) {
        selection.clear();
        document.load(withPositions(pipeline), file, modified);
        afterLoad.run();
    }

    /** Places nodes the file gives no position, so that every card is visible. */
    static Pipeline withPositions(Pipeline pipeline) {
        if (pipeline.nodes().stream().allMatch(n -> pipeline.layout().containsKey(n.id()))) {
            return pipeline;
        }
        Map<String, Position> layout = new HashMap<>(GraphLayout.layout(pipeline));
        layout.putAll(pipeline.layout());
        for (Node node : pipeline.nodes()) {
            layout.putIfAbsent(node.id(), new Position(0, 0));
        }
        return pipeline.withLayout(layout);
    }

    public void save() {
        save(() -> { });
    }

    public void saveAs() {
        saveAs(() -> { });
    }

    private void save(Runnable then) {
        Path file = document.file();
        if (file == null) {
            saveAs(then);
        } else {
            write(file, then);
        }
    }

    private void saveAs(Runnable then) {
        String suggested = document.file() != null ? document.file().getFileName().toString()
                : (document.pipeline().name() == null ? "pipeline" : document.pipeline().name()) + ".json";
        dialogs.chooseSave(owner, folder(), suggested).ifPresent(file -> write(file, then));
    }

    private void write(Path file, Runnable then) {
        Pipeline snapshot = document.pipeline();
        messages.accept("Saving " + file.getFileName() + "\u2026");
        worker.submit(() -> {
            PipelineJson.write(snapshot, file);
            known.add(snapshot);
            return file;
        }, saved -> {
            document.markSaved(snapshot, saved);
            settings.update(s -> s.withRecent(saved.toAbsolutePath().toString()));
            messages.accept("Saved " + saved);
            then.run();
        }, e -> showError("Cannot save " + file.getFileName(), e.getMessage()));
    }

    /** Runs {@code then} once unsaved changes are saved or knowingly dropped; not at all on Cancel. */
    public void whenDiscardable(Runnable then) {
        if (!document.isDirty()) {
            then.run();
            return;
        }
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't Save", ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", save, discard, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle("Unsaved changes");
        alert.setHeaderText("Save the changes to " + document.displayName() + "?");
        alert.getDialogPane().setContent(new Label("Your changes are lost if you don't save them."));
        alert.getDialogPane().setId("confirm-dialog");
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isEmpty() || answer.get() == ButtonType.CANCEL) {
            return;
        }
        if (answer.get() == save) {
            save(then);
        } else {
            then.run();
        }
    }

    private void showError(String header, String message) {
        ErrorDialog.show(owner, header, message);
    }

    private Path folder() {
        if (document.file() != null) {
            return document.file().toAbsolutePath().getParent();
        }
        return settings.get().recentFiles().stream().findFirst()
                .map(f -> Path.of(f).getParent()).orElse(Path.of("").toAbsolutePath());
    }
}
