package io.pipelinestudio.app.files;

import io.pipelinestudio.app.edit.AddNodeCommand;
import io.pipelinestudio.app.edit.Command;
import io.pipelinestudio.app.edit.EditPipelineCommand;
import io.pipelinestudio.app.shell.Designer;
import io.pipelinestudio.app.support.ScriptedFileDialogs;
import io.pipelinestudio.model.Pipeline;
import io.pipelinestudio.model.Position;
import io.pipelinestudio.model.json.PipelineJson;
import io.pipelinestudio.model.node.GeneratorSourceNode;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * A real designer window that opens a pipeline file, then edits it and saves it on its own, as fast as a
 * busy person and faster, until it is killed. {@link KillDuringEditsTest} runs it as a child JVM and kills
 * it with SIGKILL at a random moment. Each step is reported on standard output: {@code next N} before edit
 * N, {@code edit N SHA} after it is in the model, {@code save N SHA} once saving it has begun, where SHA
 * is the SHA-256 of the pipeline as a file.
 */
public final class EditingDesigner {
    private EditingDesigner() {}

    public static void main(String[] args) throws Exception {
        Path config = Path.of(args[0]);
        Path file = Path.of(args[1]);
        Random random = new Random(Long.parseLong(args[2]));
        PrintStream report = new PrintStream(System.out, true, StandardCharsets.UTF_8);

        CountDownLatch toolkit = new CountDownLatch(1);
        Platform.startup(toolkit::countDown);
        toolkit.await();
        Designer designer = onFx(() -> {
            Designer shown = new Designer(new Stage(), config, new ScriptedFileDialogs());
            shown.show(List.of(file.toString()));
            return shown;
        });
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (onFx(() -> designer.document().file()) == null) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Expected " + file + " to open within 30 s");
            }
            Thread.sleep(10);
        }
        report.println("ready");

        for (int n = 1; ; n++) {
            int edit = n;
            // the recovery copy may hold an edit before its line is printed: announce it first
            report.println("next " + n);
            String json = onFx(() -> {
                designer.document().execute(nextEdit(designer, edit, random));
                return PipelineJson.write(designer.document().pipeline());
            });
            report.println("edit " + n + " " + sha256(json));
            if (random.nextInt(4) == 0) {
                onFx(() -> {
                    designer.files().save();
                    return null;
                });
                report.println("save " + n + " " + sha256(json));
            }
            Thread.sleep(random.nextInt(20));
        }
    }

    /** Mostly a new node, which makes the file grow; otherwise a new description, which makes it change. */
    private static Command nextEdit(Designer designer, int n, Random random) {
        Pipeline pipeline = designer.document().pipeline();
        if (pipeline.nodes().size() < 300 && random.nextInt(3) > 0) {
            // the file may hold nodes from an earlier run of this program: take the first free id
            String id = "g" + n;
            for (int suffix = 2; pipeline.node(id).isPresent(); suffix++) {
                id = "g" + n + "_" + suffix;
            }
            GeneratorSourceNode node = new GeneratorSourceNode(id, "Generator " + n, 1000L, 0, 1 + random.nextInt(64),
                    0, 1 + random.nextInt(1000), 0, random.nextLong());
            return new AddNodeCommand(designer.document(), node,
                    new Position(random.nextInt(4000), random.nextInt(3000)));
        }
        return new EditPipelineCommand(designer.document(), pipeline.name(), "edit " + n + " " + "\u00e9".repeat(random.nextInt(2000)),
                "Describe");
    }

    static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(30, TimeUnit.SECONDS);
    }
}
