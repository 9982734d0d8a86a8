package io.pipelinestudio.runtime.lesson;

import io.pipelinestudio.model.ParameterSpec;
import io.pipelinestudio.model.Pipeline;
import io.pipelinestudio.model.json.PipelineJson;
import io.pipelinestudio.model.lesson.LessonFormatException;
import io.pipelinestudio.model.lesson.LessonOutputs;
import io.pipelinestudio.model.node.Node;
import io.pipelinestudio.model.param.Placeholders;
import io.pipelinestudio.model.validate.ExecutionMode;
import io.pipelinestudio.runtime.compile.PreparedPipeline;
import io.pipelinestudio.runtime.run.InvalidPipelineException;
import io.pipelinestudio.runtime.run.PipelineRunner;
import io.pipelinestudio.runtime.run.RunOptions;
import io.pipelinestudio.runtime.run.RunResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runs a lesson's pipeline with every output redirected into a folder of the run's own under the check's
 * working folder, so that checking never writes over the lesson's files. At parallelism 1, so that a streaming
 * run's lateness, and with it every output, is the same each time. The same pipeline, mode and parameters run
 * once: a {@code compare} after two run steps reuses their outputs.
 */
final class LessonRuns {
    static final String REJECTED_FILE = "rejected.tsv";
    private final PipelineRunner runner;
    private final Path workFolder;
    private final Map<String, LessonRun> done = new HashMap<>();

    LessonRuns(PipelineRunner runner, Path workFolder) {
        this.runner = runner;
        this.workFolder = workFolder;
    }

    LessonRun run(Pipeline pipeline, ExecutionMode mode, Map<String, String> parameters)
            throws InvalidPipelineException, LessonFormatException {
        String key = PipelineJson.write(pipeline) + "\n" + mode + "\n" + new TreeMap<>(parameters);
        LessonRun earlier = done.get(key);
        if (earlier != null) {
            return earlier;
        }
        Path folder = workFolder.resolve("run-" + (done.size() + 1) + "-" + mode.name().toLowerCase(Locale.ROOT));
        Map<String, String> redirected = new LinkedHashMap<>(parameters);
        for (String name : LessonOutputs.outputParameters(pipeline)) {
            redirected.put(name, folder.resolve(name).resolve(fileName(pipeline, name, parameters)).toString());
        }
        PreparedPipeline prepared = PreparedPipeline.prepare(pipeline, mode, redirected);
        Map<String, Path> outputs = new LinkedHashMap<>();
        Map<String, Path> nodeOutputs = new LinkedHashMap<>();
        List<Node> raw = pipeline.nodes();
        List<Node> bound = prepared.bound().nodes();
        for (int i = 0; i < raw.size(); i++) {
            List<String> written = bound.get(i).filesWritten();
            for (int j = 0; j < written.size(); j++) {
                Path file = Paths.get(written.get(j)).toAbsolutePath().normalize();
                if (!file.startsWith(folder)) {
                    // a path such as /data/${name}.csv: a check would write over a file of its own choosing
                    throw new LessonFormatException(raw.get(i).id() + ": writes to " + file + " whatever its"
                            + " parameters; a lesson needs every output path to start with its ${parameter}");
                }
                for (String name : Placeholders.names(raw.get(i).filesWritten().get(j))) {
                    outputs.putIfAbsent(name, file);
                }
                outputs.putIfAbsent(raw.get(i).id(), file);
                nodeOutputs.putIfAbsent(raw.get(i).id() + (j == 0 ? "" : "#" + (j + 1)), file);
            }
        }
        Path rejected = folder.resolve(REJECTED_FILE);
        outputs.put(LessonOutputs.REJECTED, rejected);
        createFolder(folder);
        RunOptions options = RunOptions.of(mode).withParameters(redirected).withParallelism(1).withRejectedPath(rejected);
        RunResult result = runner.start(prepared, options).result().join();
        LessonRun run = new LessonRun(result, outputs, nodeOutputs);
        done.put(key, run);
        return run;
    }

    /** The file name the lesson gives an output, so the copy a check writes reads like it; the name otherwise. */
    private static String fileName(Pipeline pipeline, String name, Map<String, String> parameters) {
        String value = parameters.getOrDefault(name,
                pipeline.parameter(name).map(ParameterSpec::defaultValue).orElse(null));
        try {
            Path given = value == null || value.isBlank() ? null : Paths.get(value).getFileName();
            return given == null ? name : given.toString();
        } catch (InvalidPathException e) {
            return name;
        }
    }

    private static void createFolder(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the check's folder " + folder, e);
        }
    }
}
