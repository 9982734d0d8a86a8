package io.pipelinestudio.app;

import javafx.application.Application;

/** Starts the JavaFX designer from the plain-classpath entry point. */
final class DesignerLauncher {
    /** The exit code of a designer that cannot open a window here, as of a command that cannot run. */
    static final int NO_DISPLAY = 2;

    private DesignerLauncher() {}

    static void launch(String[] args) {
        ClassPreloader.start();
        try {
            Application.launch(StudioApplication.class, args);
        } catch (UnsupportedOperationException e) {
            // GTK's "Unable to open DISPLAY": a server, a container or an SSH session without X forwarding
            if (e.getMessage() == null || !e.getMessage().contains("DISPLAY")) {
                throw e;
            }
            String display = System.getenv("DISPLAY");
            System.err.println("The designer needs a graphical display and could not open one ("
                    + (display == null || display.isBlank() ? "DISPLAY is not set" : "DISPLAY is " + display) + ").");
            System.err.println("Commands such as run, validate, export and submit need none; 'help' lists them.");
            System.exit(NO_DISPLAY);
        }
    }
}
