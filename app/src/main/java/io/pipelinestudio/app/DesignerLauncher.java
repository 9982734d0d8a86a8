package io.pipelinestudio.app;

import java.util.logging.Logger;
import javafx.application.Application;

/** Starts the JavaFX designer from the plain-classpath entry point. */
final class DesignerLauncher {
    /** The exit code of a designer that cannot open a window here, as of a command that cannot run. */
    static final int NO_DISPLAY = 2;

    /**
     * JavaFX's own logger, kept here because the logging system holds loggers weakly and would drop the
     * filter with it.
     */
    private static final Logger JAVAFX_LOG = Logger.getLogger("javafx");

    private DesignerLauncher() {}

    static void launch(String[] args) {
        // JavaFX warns at every start that it was loaded from the class path rather than as modules, with
        // its class name and the time, to the terminal of a person who can do nothing about it; the app
        // is built that way on purpose (one classpath for the designer, the CLI and Flink). Only that
        // warning is dropped: CSS, layout and focus warnings have loggers of their own.
        JAVAFX_LOG.setFilter(entry -> entry.getMessage() == null
                || !entry.getMessage().startsWith("Unsupported JavaFX configuration"));
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
