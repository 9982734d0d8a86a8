package io.pipelinestudio.app.files;

import static org.assertj.core.api.Assertions.assertThat;

import io.pipelinestudio.app.shell.Designer;
import io.pipelinestudio.app.support.DesignerTest;
import io.pipelinestudio.app.support.Fx;
import io.pipelinestudio.app.support.ScriptedFileDialogs;
import io.pipelinestudio.model.Pipeline;
import io.pipelinestudio.model.json.PipelineJson;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real designer with SIGKILL at random moments while it edits and saves a pipeline file, many times
 * over, and checks what a person finds afterwards: the file is the old version or the new one, never a mix,
 * and the recovery copy holds the latest edit. {@code -Dkill.count=N} kills more often,
 * {@code -Dkill.seed=S} repeats a run.
 */
class KillDuringEditsTest extends DesignerTest {
    /** An edit reported this long before the kill has had ample time to reach the recovery copy. */
    private static final long SETTLED_MS = 300;

    @TempDir
    Path folder;

    @Test
    void afterSigkillTheFileIsTheOldOrTheNewVersionAndTheRecoveryCopyOffersTheLatestEdit() throws Exception {
        int kills = Integer.getInteger("kill.count", 10);
        long seed = Long.getLong("kill.seed", System.nanoTime());
        Random random = new Random(seed);
        Path file = folder.resolve("edited.json");
        PipelineJson.write(Pipeline.of("edited", List.of(), List.of()), file);
        Path lastConfigWithCopy = null;
        String lastCopy = null;
        int killedWhileSaving = 0;

        for (int kill = 1; kill <= kills; kill++) {
            String context = "kill " + kill + " of " + kills + " (-Dkill.seed=" + seed + ")";
            String before = EditingDesigner.sha256(Files.readString(file));
            Path config = Files.createTempDirectory(folder, "config");
            FileTime started = FileTime.fromMillis(System.currentTimeMillis());
            Child child = Child.start(config, file, random.nextLong());
            child.awaitReady(context);
            Thread.sleep(200 + random.nextInt(2500));
            assertThat(child.process.isAlive()).as("%s: the designer was still editing when killed; it wrote:%n%s",
                    context, Files.readString(config.resolve("stderr.txt"))).isTrue();
            long killedAt = System.nanoTime();
            child.process.destroyForcibly();
            child.process.waitFor(30, TimeUnit.SECONDS);
            child.readToEnd();

            // the file: exactly what it held before, or exactly one of the versions whose save had begun
            String now = EditingDesigner.sha256(Files.readString(file));
            Map<String, Integer> saves = child.versions("save");
            assertThat(now).as("%s: the file is its old content or a version being saved", context)
                    .isIn(concat(before, saves.keySet()));
            PipelineJson.read(file);
            int fileEdit = saves.getOrDefault(now, 0);

            // the recovery copy: a whole edit, and none older than the last one that had time to reach it
            Map<String, Integer> edits = child.versions("edit");
            Optional<Recovery.Recovered> copy = new Recovery(config).read();
            int settled = child.lastEditBefore(killedAt - TimeUnit.MILLISECONDS.toNanos(SETTLED_MS));
            int kept = fileEdit;
            if (copy.isPresent()) {
                String copied = EditingDesigner.sha256(PipelineJson.write(copy.get().pipeline()));
                // a reported edit, or the one under way when the kill came, whose line was never printed
                int inFlight = child.lastAnnounced();
                int reported = edits.values().stream().mapToInt(Integer::intValue).max().orElse(0);
                boolean unreported = !edits.containsKey(copied) && inFlight == reported + 1;
                assertThat(edits.containsKey(copied) || unreported)
                        .as("%s: the recovery copy is one of the edits, or edit %d under way", context, inFlight).isTrue();
                assertThat(copy.get().file()).isEqualTo(file.toAbsolutePath());
                kept = Math.max(kept, unreported ? inFlight : edits.get(copied));
                lastConfigWithCopy = config;
                lastCopy = copied;
            }
            assertThat(kept).as("%s: the latest edit kept (file or recovery copy) is at least edit %d", context, settled)
                    .isGreaterThanOrEqualTo(settled);
            if (leftBy(file, started) || leftBy(config.resolve("recovery").resolve("autosave.json"), started)) {
                killedWhileSaving++;
            }
            System.out.printf("%s: %d edits, %d saves begun; file holds edit %d, recovery copy %s%n", context,
                    edits.size(), saves.size(), fileEdit, copy.isPresent() ? "edit " + kept : "none");
        }
        System.out.printf("%d of %d kills landed while a file was being written%n", killedWhileSaving, kills);

        assertThat(lastConfigWithCopy).as("some kill left unsaved edits to recover").isNotNull();
        restoreInANewDesigner(lastConfigWithCopy, lastCopy);
    }

    /** A new designer on that config folder offers the copy, and restoring it shows exactly that edit. */
    private void restoreInANewDesigner(Path config, String copied) throws Exception {
        Designer restarted = Fx.get(() -> {
            Designer shown = new Designer(new Stage(), config, new ScriptedFileDialogs());
            shown.show(List.of());
            return shown;
        });
        Fx.waitUntil("the offer to restore", () -> robot.lookup("#restore-dialog").tryQuery().isPresent());
        robot.clickOn("Restore");
        Fx.waitUntil("the restored edit", () -> copied.equals(sha(restarted.document().pipeline())));
        assertThat(Fx.get(() -> restarted.document().isDirty())).as("restored work shows as unsaved").isTrue();
        Fx.run(() -> restarted.autosave().stop());
    }

    private static String sha(Pipeline pipeline) {
        try {
            return EditingDesigner.sha256(PipelineJson.write(pipeline));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether a kill left this file's half-written sibling behind during this round. */
    private static boolean leftBy(Path target, FileTime since) throws Exception {
        Path saving = target.resolveSibling(target.getFileName() + ".saving");
        return Files.exists(saving) && Files.getLastModifiedTime(saving).compareTo(since) >= 0;
    }

    private static List<String> concat(String first, java.util.Collection<String> rest) {
        List<String> all = new ArrayList<>(rest);
        all.add(first);
        return all;
    }

    /** The child JVM and what it reported, each line with the moment it arrived. */
    private static final class Child {
        final Process process;
        final List<Line> lines = new CopyOnWriteArrayList<>();
        final CountDownLatch ready = new CountDownLatch(1);
        final Thread reader;

        record Line(long arrivedNanos, String text) {}

        private Child(Process process) {
            this.process = process;
            reader = new Thread(this::read, "child-output");
            reader.setDaemon(true);
            reader.start();
        }

        static Child start(Path config, Path file, long seed) throws Exception {
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            // the same options as this JVM: the designer warms up an embedded Flink cluster, which needs them
            command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                    .filter(option -> !option.startsWith("-agentlib") && !option.startsWith("-javaagent")).toList());
            command.add("-cp");
            command.add(System.getProperty("java.class.path"));
            command.add(EditingDesigner.class.getName());
            command.add(config.toString());
            command.add(file.toString());
            command.add(Long.toString(seed));
            return new Child(new ProcessBuilder(command).redirectError(config.resolve("stderr.txt").toFile()).start());
        }

        private void read() {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(new Line(System.nanoTime(), line));
                    if (line.equals("ready")) {
                        ready.countDown();
                    }
                }
            } catch (Exception e) {
                // the pipe breaks when the child is killed; what arrived before is kept
            }
        }

        void awaitReady(String context) throws Exception {
            if (!ready.await(90, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(context + ": expected the designer to open the file within 90 s");
            }
        }

        void readToEnd() throws Exception {
            reader.join(10_000);
        }

        /** SHA → edit number, of the lines {@code kind N SHA}. */
        Map<String, Integer> versions(String kind) {
            Map<String, Integer> versions = new HashMap<>();
            for (Line line : lines) {
                String[] parts = line.text().split(" ");
                if (parts.length == 3 && parts[0].equals(kind)) {
                    versions.put(parts[2], Integer.parseInt(parts[1]));
                }
            }
            return versions;
        }

        /** The number of the last edit announced with {@code next N}; 0 if none was. */
        int lastAnnounced() {
            int last = 0;
            for (Line line : lines) {
                if (line.text().startsWith("next ")) {
                    last = Integer.parseInt(line.text().substring(5));
                }
            }
            return last;
        }

        /** The number of the last edit reported before {@code nanos}; 0 if none was. */
        int lastEditBefore(long nanos) {
            int last = 0;
            for (Line line : lines) {
                String[] parts = line.text().split(" ");
                if (line.arrivedNanos() < nanos && parts.length == 3 && parts[0].equals("edit")) {
                    last = Integer.parseInt(parts[1]);
                }
            }
            return last;
        }
    }
}
