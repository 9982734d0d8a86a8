package io.pipelinestudio.app;

import io.pipelinestudio.model.Edge;
import io.pipelinestudio.model.Pipeline;
import io.pipelinestudio.model.json.PipelineJson;
import io.pipelinestudio.model.node.ConsoleSinkNode;
import io.pipelinestudio.model.node.FilterNode;
import io.pipelinestudio.model.node.GeneratorSourceNode;
import io.pipelinestudio.model.validate.PipelineValidator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Loads, on a second core, the classes the designer needs while the JavaFX toolkit starts on the
 * first, and warms the JSON mapper and the validator: the window appears sooner. Classes are loaded
 * but not initialized, so no JavaFX code runs off the FX thread.
 */
final class ClassPreloader {
    private static final String LIST = "preload-classes.txt";

    private ClassPreloader() {}

    static void start() {
        if (!Boolean.parseBoolean(System.getProperty("pipelinestudio.preload", "true"))) {
            return;
        }
        Thread thread = new Thread(ClassPreloader::run, "class-preloader");
        thread.setDaemon(true);
        thread.start();
    }

    private static void run() {
        ClassLoader loader = ClassPreloader.class.getClassLoader();
        try (InputStream in = ClassPreloader.class.getResourceAsStream(LIST)) {
            if (in != null) {
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    load(line.trim(), loader);
                }
            }
        } catch (IOException e) {
            return;
        }
        // the first file read and the first validation would otherwise pay for these on the user's time
        PipelineJson.mapper();
        PipelineValidator.validate(Pipeline.of("warm-up",
                List.of(new GeneratorSourceNode("g", null, 1L, 0, 1, 0, 1, 0, 1), new FilterNode("f", null, "value > 1"),
                        new ConsoleSinkNode("c", null)),
                List.of(Edge.of("g", "f"), Edge.of("f", "c"))));
    }

    private static void load(String name, ClassLoader loader) {
        if (name.isEmpty() || name.startsWith("#")) {
            return;
        }
        try {
            Class.forName(name, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            // a class of another version or platform: nothing to warm
        }
    }
}
