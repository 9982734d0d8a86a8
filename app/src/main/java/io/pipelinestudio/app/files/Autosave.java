package io.pipelinestudio.app.files;

import io.pipelinestudio.app.document.PipelineDocument;
import io.pipelinestudio.model.Pipeline;
import java.io.IOException;
import java.nio.file.Path;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;

/** Every few seconds, writes unsaved changes to the recovery copy; removes it when nothing is unsaved. */
public final class Autosave {
    public static final String PROPERTY = "pipelinestudio.autosave.seconds";

    private final PipelineDocument document;
    private final FileWorker worker;
    private final Recovery recovery;
    private final Timeline timer;
    private Pipeline written;

    public Autosave(PipelineDocument document, FileWorker worker, Recovery recovery) {
        this.document = document;
        this.worker = worker;
        this.recovery = recovery;
        double seconds = Double.parseDouble(System.getProperty(PROPERTY, "15"));
        timer = new Timeline(new KeyFrame(Duration.seconds(seconds), e -> tick()));
        timer.setCycleCount(Animation.INDEFINITE);
        document.dirtyProperty().addListener((obs, was, dirty) -> {
            if (!dirty) {
                written = null;
                worker.run(recovery::clear);
            }
        });
    }

    public void start() {
        timer.play();
    }

    public void stop() {
        timer.stop();
    }

    /** Writes the recovery copy now if there is unsaved work it does not hold yet. */
    public void tick() {
        Pipeline pipeline = document.pipeline();
        if (!document.isDirty() || pipeline == written) {
            return;
        }
        written = pipeline;
        Path file = document.file();
        worker.run(() -> {
            try {
                recovery.write(pipeline, file);
            } catch (IOException e) {
                System.err.println("Autosave failed: " + e.getMessage());
            }
        });
    }
}
