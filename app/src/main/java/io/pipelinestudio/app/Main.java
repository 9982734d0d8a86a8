package io.pipelinestudio.app;

import io.pipelinestudio.app.about.ProductInfo;
import io.pipelinestudio.app.bench.CanvasBench;
import io.pipelinestudio.app.bench.RunBench;
import io.pipelinestudio.app.bench.StartupBench;
import io.pipelinestudio.app.shell.ScreenshotCommand;
import io.pipelinestudio.runtime.cli.Cli;

/**
 * The single entry point of {@code ./studio}: command-line commands run headless without touching
 * JavaFX; anything else opens the designer. Not an {@code Application} subclass, so that it launches
 * from a plain classpath.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        if (args.length == 1 && args[0].equals("--version")) {
            System.out.println(ProductInfo.load().versionText());
            return;
        }
        if (ScreenshotCommand.matches(args)) {
            System.exit(ScreenshotCommand.run(args));
        }
        if (CanvasBench.matches(args)) {
            CanvasBench.main(args);
            return;
        }
        if (StartupBench.matches(args)) {
            System.exit(startupBench());
        }
        if (args.length >= 2 && args[0].equals("bench") && args[1].equals("run")) {
            runBench(args);
            return;
        }
        if (Cli.isCommand(args)) {
            System.exit(Cli.run(args));
        }
        DesignerLauncher.launch(args);
    }

    /** {@code ./studio bench startup}: cold starts of the launcher, headless and with the designer's window. */
    private static int startupBench() {
        try {
            return StartupBench.run();
        } catch (Exception e) {
            System.err.println("startup bench failed: " + e.getMessage());
            return 1;
        }
    }

    /** {@code ./studio bench run}: the designer's run benchmark, which needs a display like the canvas one. */
    private static void runBench(String[] args) {
        try {
            RunBench.main(args);
        } catch (Exception e) {
            System.err.println("run bench failed: " + e);
            System.exit(1);
        }
    }
}
