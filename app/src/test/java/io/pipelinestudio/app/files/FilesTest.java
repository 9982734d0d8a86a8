package io.pipelinestudio.app.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.pipelinestudio.app.support.DesignerTest;
import io.pipelinestudio.app.support.Fx;
import io.pipelinestudio.model.Pipeline;
import io.pipelinestudio.model.json.PipelineJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FilesTest extends DesignerTest {
    @TempDir
    Path folder;

    @Test
    void savingAndReopeningGivesAnEqualModel() throws Exception {
        String source = palette.drop("generator", 200, 200);
        String sink = palette.drop("csv-sink", 650, 200);
        canvas.connect(source, sink);
        Fx.waitUntil("the edge", () -> designer.document().pipeline().edges().size() == 1);
        assertThat(files.title()).startsWith("\u25CF ");
        Pipeline saved = model();
        Path file = folder.resolve("clicks.json");

        files.saveAs(file);
        assertThat(files.title()).isEqualTo("clicks.json \u2014 Pipeline Studio");
        files.newPipeline();
        Fx.waitUntil("an empty pipeline", () -> designer.document().pipeline().nodes().isEmpty());
        files.open(file).waitUntilShowing(file);

        assertThat(model()).isEqualTo(saved);
        assertThat(PipelineJson.read(file)).isEqualTo(saved);
        assertThat(Fx.get(() -> designer.settings().get().recentFiles())).contains(file.toAbsolutePath().toString());
    }

    @Test
    void aCorruptFileShowsWhyAndIsLeftUntouched() throws Exception {
        Path file = folder.resolve("broken.json");
        byte[] content = "{ \"formatVersion\": 1, \"nodes\": [ {".getBytes(StandardCharsets.UTF_8);
        Files.write(file, content);
        Pipeline before = model();

        files.open(file);

        assertThat(files.errorMessage()).contains("not valid JSON").contains("was not changed");
        files.closeErrorDialog();
        assertThat(Files.readAllBytes(file)).isEqualTo(content);
        assertThat(model()).isEqualTo(before);
        assertThat(Fx.get(() -> designer.document().file())).isNull();
    }

    @Test
    void aFileFromANewerVersionIsRefusedAndLeftUntouched() throws Exception {
        Path file = folder.resolve("future.json");
        String content = "{\"formatVersion\": 99, \"name\": \"future\", \"nodes\": [], \"edges\": []}";
        Files.writeString(file, content);

        files.open(file);

        assertThat(files.errorMessage()).contains("newer");
        files.closeErrorDialog();
        assertThat(Files.readString(file)).isEqualTo(content);
    }

    @Test
    void everyExampleOpensFromTheGalleryWithoutProblems() throws Exception {
        List<Path> examples = examples();
        assumeTrue(!examples.isEmpty(), "no examples in assets/examples yet");
        for (Path example : examples) {
            Pipeline expected = PipelineJson.read(example);
            ListView<Object> gallery = files.openGallery();
            assertThat(Fx.get(() -> gallery.getItems().size())).isEqualTo(examples.size());
            int index = examples.indexOf(example);
            Fx.run(() -> gallery.getSelectionModel().select(index));
            robot.clickOn("Open");
            Fx.waitUntil("the example " + example.getFileName() + " to be shown",
                    () -> designer.document().pipeline().nodes().equals(expected.nodes()));
            Fx.waitUntil("its validation", () -> !designer.validation().isBusy());

            assertThat(Fx.get(() -> designer.validation().report().errors()))
                    .as("problems of %s", example.getFileName()).isEmpty();
            assertThat(Fx.get(() -> designer.canvas().nodeViewCount())).isEqualTo(expected.nodes().size());
        }
    }

    @Test
    void theGalleryShowsEachExampleWithItsDescription() throws Exception {
        List<Path> examples = examples();
        assumeTrue(!examples.isEmpty(), "no examples in assets/examples yet");
        files.openGallery();
        for (Path example : examples) {
            String description = PipelineJson.read(example).description();
            if (description != null && !description.isBlank()) {
                assertThat(robot.lookup(".example-description").queryAllAs(javafx.scene.control.Label.class))
                        .extracting(javafx.scene.control.Label::getText).contains(description);
            }
        }
        robot.clickOn("Cancel");
    }

    @Test
    void everyEditReachesTheRecoveryCopyAndSavingRemovesIt() throws Exception {
        Recovery recovery = new Recovery(configDirectory);
        palette.drop("generator", 200, 200);
        Fx.waitUntil("the recovery copy", recovery::exists);
        palette.drop("csv-sink", 650, 200);

        Pipeline latest = model();
        Fx.waitUntil("the second edit in the recovery copy", () -> latest.equals(recovered(recovery)));

        files.saveAs(folder.resolve("kept.json"));
        Fx.waitUntil("the recovery copy to go", () -> !recovery.exists());
    }

    private static Pipeline recovered(Recovery recovery) {
        try {
            return recovery.read().map(Recovery.Recovered::pipeline).orElse(null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> examples() throws Exception {
        Path dir = Examples.directory().orElse(null);
        if (dir == null || !Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
    }
}
