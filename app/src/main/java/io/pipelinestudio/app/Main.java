package io.pipelinestudio.app;

import io.pipelinestudio.app.about.ProductInfo;
import io.pipelinestudio.app.bench.CanvasBench;
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
        if (Cli.isCommand(args)) {
            System.exit(Cli.run(args));
        }
        DesignerLauncher.launch(args);
    }
}
