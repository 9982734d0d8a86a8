package io.pipelinestudio.runtime.cli;

import io.pipelinestudio.model.Pipeline;
import io.pipelinestudio.model.validate.ExecutionMode;
import io.pipelinestudio.runtime.compile.PreparedPipeline;
import io.pipelinestudio.runtime.export.JarExporter;
import io.pipelinestudio.runtime.export.JavaProjectExporter;
import io.pipelinestudio.runtime.export.PlanExporter;
import io.pipelinestudio.runtime.run.InvalidPipelineException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Locale;

/** The {@code export} command: a pipeline as a job jar, a Java project or Flink's execution plan. */
final class ExportCommands {
    private final PrintStream err;

    ExportCommands(PrintStream err) {
        this.err = err;
    }

    int export(Arguments args) throws CliException {
        Pipeline pipeline = Cli.read(args);
        String format = args.required("--format", "jar, java or plan");
        Path target = Paths.get(args.required("--out", "a file (jar, plan) or a folder (java)"));
        int parallelism = args.intOption("--parallelism", 0);
        if (!List.of("jar", "java", "plan").contains(format)) {
            throw new CliException(Cli.INVALID, "--format expects jar, java or plan but got '" + format + "'");
        }
        long started = System.nanoTime();
        try {
            PreparedPipeline prepared = PreparedPipeline.prepare(pipeline, args.mode(ExecutionMode.BATCH), args.params);
            String what;
            switch (format) {
                case "jar":
                    JarExporter.ExportedJar jar = JarExporter.export(prepared, parallelism, target);
                    what = "job jar " + jar.file() + " (" + megabytes(jar.bytes()) + ", " + jar.bundled().size()
                            + " libraries and class folders bundled; run it with: flink run " + jar.file()
                            + " [--param NAME=VALUE ...] [--mode batch|streaming])";
                    break;
                case "java":
                    Path project = JavaProjectExporter.export(prepared, parallelism, target);
                    what = "Maven project " + project + " (build it with: mvn -f " + project.resolve("pom.xml")
                            + " package)";
                    break;
                case "plan":
                    PlanExporter.write(prepared, parallelism, target);
                    what = "execution plan " + target.toAbsolutePath();
                    break;
                default:
                    throw new CliException(Cli.INVALID, "--format expects jar, java or plan but got '" + format + "'");
            }
            err.println(pipeline.name() + ": wrote " + what + " in " + seconds(started));
            return Cli.OK;
        } catch (InvalidPipelineException e) {
            e.problems().forEach(err::println);
            return Cli.INVALID;
        } catch (IOException e) {
            err.println("error: cannot write " + target + ": " + e.getMessage());
            return Cli.FAILED;
        }
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1_048_576.0);
    }

    private static String seconds(long startedNanos) {
        return String.format(Locale.ROOT, "%.2f s", (System.nanoTime() - startedNanos) / 1e9);
    }
}
