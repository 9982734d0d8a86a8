package io.pipelinestudio.app;

import javafx.application.Application;

/** Starts the JavaFX designer from the plain-classpath entry point. */
final class DesignerLauncher {
    private DesignerLauncher() {}

    static void launch(String[] args) {
        ClassPreloader.start();
        Application.launch(StudioApplication.class, args);
    }
}
