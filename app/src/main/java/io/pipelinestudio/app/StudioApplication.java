package io.pipelinestudio.app;

import io.pipelinestudio.app.files.NativeFileDialogs;
import io.pipelinestudio.app.run.SharedRunner;
import io.pipelinestudio.app.settings.ConfigDirectory;
import io.pipelinestudio.app.shell.Designer;
import java.lang.management.ManagementFactory;
import javafx.application.Application;
import javafx.animation.AnimationTimer;
import javafx.stage.Stage;

/** The JavaFX application of the designer: one window showing one pipeline. */
public final class StudioApplication extends Application {
    /** Set to print how long the window took to appear after the JVM started. */
    public static final String TIMING_PROPERTY = "pipelinestudio.timing";

    @Override
    public void start(Stage stage) {
        boolean timing = Boolean.getBoolean(TIMING_PROPERTY);
        if (timing) {
            System.err.println("toolkit started " + sinceStart() + " ms after JVM start");
        }
        Designer designer = new Designer(stage, ConfigDirectory.resolve(), new NativeFileDialogs());
        designer.show(getParameters().getRaw());
        if (timing) {
            System.err.println("window built and shown " + sinceStart() + " ms after JVM start");
            // the second pulse after show() comes once the first frame of the window has been rendered
            new AnimationTimer() {
                private int frames;

                @Override
                public void handle(long now) {
                    if (++frames == 2) {
                        stop();
                        System.err.println("window drawn " + sinceStart() + " ms after JVM start");
                    }
                }
            }.start();
        }
    }

    /** Stops the embedded Flink cluster, whose threads would otherwise keep the process alive. */
    @Override
    public void stop() {
        SharedRunner.close();
    }

    private static long sinceStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }
}
