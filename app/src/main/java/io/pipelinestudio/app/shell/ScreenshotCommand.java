package io.pipelinestudio.app.shell;

import io.pipelinestudio.app.files.NativeFileDialogs;
import io.pipelinestudio.app.theme.Theme;
import io.pipelinestudio.runtime.run.RunState;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;

/**
 * {@code ./studio screenshot PIPELINE.json --out FILE.png [--theme light|dark] [--select NODE_ID] [--present] [--run]}:
 * opens the pipeline in a real designer window (with a fresh configuration, so nothing of the user's shows),
 * waits until it is validated and drawn, and writes the window as a PNG. Keeps the README's pictures current;
 * {@code --present} shows presentation mode in a 1280x720 window, a projector's size, and {@code --run} runs
 * the pipeline with its parameters' defaults first, so that its charts show. {@code --lesson-step N} opens
 * the file as a lesson at its step N; {@code --xray NODE} streams the pipeline at x10 and shows the watermark
 * X-ray of the window NODE once it shows an open window.
 */
public final class ScreenshotCommand {
    private static final long TIMEOUT_SECONDS = 60;
    private static final String USAGE =
            "usage: ./studio screenshot PIPELINE.json --out FILE.png [--theme light|dark] [--select NODE_ID]"
                    + " [--present] [--run] [--lesson-step N] [--xray WINDOW_NODE_ID]";

    private ScreenshotCommand() {}

    public static boolean matches(String[] args) {
        return args.length > 0 && args[0].equals("screenshot");
    }

    /** Returns the process exit code: 0 written, 2 bad command line, 1 anything else. */
    public static int run(String[] args) {
        Path pipeline = null;
        Path out = null;
        Theme theme = Theme.LIGHT;
        String select = null;
        boolean present = false;
        boolean run = false;
        Integer lessonStep = null;
        String xray = null;
        try {
            for (int i = 1; i < args.length; i++) {
                switch (args[i]) {
                    case "--out" -> out = Path.of(args[++i]);
                    case "--theme" -> theme = Theme.valueOf(args[++i].toUpperCase(Locale.ROOT));
                    case "--select" -> select = args[++i];
                    case "--present" -> present = true;
                    case "--run" -> run = true;
                    case "--lesson-step" -> lessonStep = Integer.parseInt(args[++i]);
                    case "--xray" -> xray = args[++i];
                    default -> pipeline = Path.of(args[i]);
                }
            }
        } catch (ArrayIndexOutOfBoundsException | IllegalArgumentException e) {
            System.err.println(USAGE);
            return 2;
        }
        if (pipeline == null || out == null) {
            System.err.println(USAGE);
            return 2;
        }
        try {
            write(new Shot(pipeline, out, theme, select, present, run, lessonStep, xray));
            System.out.println("wrote " + out);
            return 0;
        } catch (Exception e) {
            System.err.println("screenshot failed: " + e.getMessage());
            return 1;
        } finally {
            Platform.exit();
        }
    }

    /** What to picture: a pipeline (or a lesson at a step), how, and where to write it. */
    private record Shot(Path file, Path out, Theme theme, String select, boolean present, boolean run,
            Integer lessonStep, String xray) {}

    private static void write(Shot shot) throws Exception {
        Path pipeline = shot.file();
        Path out = shot.out();
        String select = shot.select();
        boolean present = shot.present();
        boolean run = shot.run();
        Path config = Files.createTempDirectory("studio-screenshot");
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        CompletableFuture<Designer> shown = new CompletableFuture<>();
        Platform.runLater(() -> {
            Stage stage = new Stage();
            stage.setWidth(present ? 1280 : 1440);
            stage.setHeight(present ? 720 : 900);
            Designer designer = new Designer(stage, config, new NativeFileDialogs());
            designer.setTheme(shot.theme());
            List<String> args = new java.util.ArrayList<>(shot.lessonStep() == null ? List.of(pipeline.toString())
                    : List.of());
            if (present) {
                args.add("--present");
            }
            if (run) {
                args.add("--run");
            }
            designer.show(args);
            shown.complete(designer);
        });
        Designer designer = shown.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        if (shot.lessonStep() != null) {
            Platform.runLater(() -> designer.lessons().open(pipeline));
            waitUntilOnFx(() -> designer.lessons().lessonProperty().get() != null);
            Platform.runLater(() -> {
                for (int step = 1; step < shot.lessonStep(); step++) {
                    designer.lessons().next();
                }
            });
        }
        waitUntilOnFx(() -> !designer.document().pipeline().nodes().isEmpty() && !designer.validation().isBusy());
        if (shot.xray() != null) {
            Platform.runLater(() -> {
                designer.canvas().zoomToFit();
                designer.selection().set(Set.of(shot.xray()), Set.of());
                designer.runs().replaySpeedProperty().set(io.pipelinestudio.app.run.ReplaySpeed.TEN_TIMES);
                designer.runs().modeProperty().set(io.pipelinestudio.model.validate.ExecutionMode.STREAMING);
                designer.runActions().run();
            });
            waitUntilOnFx(() -> designer.xray().shownLines().stream().anyMatch(line -> line.contains("so far")));
        }
        if (run) {
            waitUntilOnFx(() -> designer.runs().stateProperty().get() != null
                    && designer.runs().stateProperty().get().isTerminal());
            RunState ended = onFx(() -> designer.runs().stateProperty().get());
            if (ended != RunState.FINISHED) {
                throw new IllegalStateException("Expected the run to finish but it ended " + ended);
            }
        }
        CompletableFuture<WritableImage> image = new CompletableFuture<>();
        Platform.runLater(() -> {
            designer.autosave().stop();
            designer.canvas().zoomToFit();
            if (select != null && shot.xray() == null) {
                designer.selection().set(Set.of(select), Set.of());
            }
            // a run's last results reach the charts within a few frames of its end
            afterPulses(run ? 20 : 3, () -> image.complete(designer.stage().getScene().snapshot(null)));
        });
        BufferedImage picture = SwingFXUtils.fromFXImage(image.get(TIMEOUT_SECONDS, TimeUnit.SECONDS), null);
        if (out.toAbsolutePath().getParent() != null) {
            Files.createDirectories(out.toAbsolutePath().getParent());
        }
        if (!ImageIO.write(picture, "png", out.toFile())) {
            throw new IOException("no PNG writer is available");
        }
        if (shot.xray() != null) {
            Platform.runLater(() -> designer.runs().stop());
        }
    }

    private static <T> T onFx(java.util.function.Supplier<T> read) throws Exception {
        CompletableFuture<T> value = new CompletableFuture<>();
        Platform.runLater(() -> value.complete(read.get()));
        return value.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    /** Polls on the FX thread, so the condition reads the model where it lives. */
    private static void waitUntilOnFx(java.util.function.BooleanSupplier condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        while (System.nanoTime() < deadline) {
            CompletableFuture<Boolean> met = new CompletableFuture<>();
            Platform.runLater(() -> met.complete(condition.getAsBoolean()));
            if (met.get(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                return;
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("the pipeline was not opened and validated (and run) within "
                + TIMEOUT_SECONDS + " s");
    }

    /** Runs {@code then} once the scene has been laid out and drawn a few times. */
    private static void afterPulses(int pulses, Runnable then) {
        new AnimationTimer() {
            private int seen;

            @Override
            public void handle(long now) {
                if (++seen == pulses) {
                    stop();
                    then.run();
                }
            }
        }.start();
    }
}
