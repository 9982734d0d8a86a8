package io.pipelinestudio.app;

import io.pipelinestudio.app.files.NativeFileDialogs;
import io.pipelinestudio.app.run.SharedRunner;
import io.pipelinestudio.app.settings.ConfigDirectory;
import io.pipelinestudio.app.settings.FirstRun;
import io.pipelinestudio.app.shell.Designer;
import io.pipelinestudio.app.shell.FirstFrame;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
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
        Path configDirectory = ConfigDirectory.resolve();
        Designer designer = new Designer(stage, configDirectory, new NativeFileDialogs());
        designer.show(getParameters().getRaw());
        showExamplesOnFirstLaunch(designer, new FirstRun(configDirectory));
        if (timing) {
            System.err.println("window built and shown " + sinceStart() + " ms after JVM start");
            FirstFrame.then(() -> System.err.println("window drawn " + sinceStart() + " ms after JVM start"));
        }
    }

    /** A new user starts from the gallery, unless they opened a file; tests build the designer without this. */
    private void showExamplesOnFirstLaunch(Designer designer, FirstRun firstRun) {
        if (firstRun.examplesShown() || !getParameters().getUnnamed().isEmpty()) {
            return;
        }
        CompletableFuture.runAsync(firstRun::markExamplesShown);
        designer.showExamples();
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
