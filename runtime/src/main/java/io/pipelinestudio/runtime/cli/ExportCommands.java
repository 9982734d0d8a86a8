package io.pipelinestudio.runtime.cli;

import io.pipelinestudio.model.Pipeline;
import io.pipelinestudio.model.node.CsvSinkNode;
import io.pipelinestudio.model.node.CsvSourceNode;
import io.pipelinestudio.model.node.Node;
import io.pipelinestudio.model.validate.ExecutionMode;
import io.pipelinestudio.model.validate.PipelineValidator;
import io.pipelinestudio.model.validate.ValidationReport;
import io.pipelinestudio.runtime.export.JarExporter;
import io.pipelinestudio.runtime.export.JavaProjectExporter;
import io.pipelinestudio.runtime.export.JobArguments;
import io.pipelinestudio.runtime.export.PlanExporter;
import io.pipelinestudio.runtime.run.InvalidPipelineException;
import io.pipelinestudio.runtime.submit.ClusterClient;
import io.pipelinestudio.runtime.submit.JobOutcome;
import io.pipelinestudio.runtime.submit.SubmitException;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.flink.runtime.util.EnvironmentInformation;

/** The {@code export} and {@code submit} commands: a pipeline as a job jar, Java project or plan, or run on a cluster. */
final class ExportCommands {
    private final PrintStream out;
    private final PrintStream err;

    ExportCommands(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int export(Arguments args) throws CliException {
        Pipeline pipeline = Cli.read(args);
        String format = required(args, "--format", "jar, java or plan");
        Path target = Paths.get(required(args, "--out", "a file (jar, plan) or a folder (java)"));
        JobArguments defaults = JobArguments.of(args.mode(ExecutionMode.BATCH), args.params,
                args.intOption("--parallelism", 0));
        long started = System.nanoTime();
        try {
            String what;
            switch (format) {
                case "jar":
                    JarExporter.ExportedJar jar = JarExporter.export(pipeline, defaults, target);
                    what = "job jar " + jar.file() + " (" + megabytes(jar.bytes()) + ", " + jar.bundled().size()
                            + " libraries and class folders bundled; run it with: flink run " + jar.file()
                            + " [--param NAME=VALUE ...] [--mode batch|streaming])";
                    break;
                case "java":
                    Path project = JavaProjectExporter.export(pipeline, defaults, target);
                    what = "Maven project " + project + " (build it with: mvn -f " + project.resolve("pom.xml")
                            + " package)";
                    break;
                case "plan":
                    PlanExporter.write(pipeline, defaults, target);
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
        } catch (UnsupportedOperationException e) {
            // a node kind whose translator cannot write Java source yet
            err.println("error: " + e.getMessage());
            return Cli.FAILED;
        } catch (IOException e) {
            err.println("error: cannot write " + target + ": " + e.getMessage());
            return Cli.FAILED;
        }
    }

    int submit(Arguments args, boolean wait) throws CliException {
        Pipeline pipeline = Cli.read(args);
        String cluster = required(args, "--cluster", "the REST address of a Flink cluster, like http://HOST:8081");
        ExecutionMode mode = args.mode(ExecutionMode.BATCH);
        int parallelism = args.intOption("--parallelism", 0);
        ValidationReport report = PipelineValidator.validateForRun(pipeline, mode, args.params);
        if (!report.valid()) {
            report.errors().forEach(err::println);
            return Cli.INVALID;
        }
        warnAboutRelativePaths(report.pipeline());
        ClusterClient client;
        try {
            client = new ClusterClient(URI.create(cluster));
        } catch (IllegalArgumentException e) {
            throw new CliException(Cli.INVALID, e.getMessage());
        }
        Path jar = null;
        try {
            String version = EnvironmentInformation.getVersion();
            client.checkVersion(version);
            long started = System.nanoTime();
            jar = Files.createTempFile("pipeline-studio-", ".jar");
            // the values travel as program arguments too; as defaults they let the jar's own check pass
            JarExporter.export(pipeline, JobArguments.of(mode, args.params, 0), jar);
            String jarId = client.upload(jar);
            String jobId;
            try {
                jobId = client.run(jarId, programArguments(args, mode, parallelism));
            } finally {
                client.delete(jarId);
            }
            out.println(jobId);
            err.println(pipeline.name() + ": submitted as job " + jobId + " to Flink " + version + " at "
                    + client.address() + " in " + seconds(started));
            err.println("dashboard: " + client.address() + "#/job/running/" + jobId + "/overview");
            if (!wait) {
                return Cli.OK;
            }
            JobOutcome outcome = client.await(jobId, Duration.ofMillis(250));
            String duration = String.format(Locale.ROOT, "%.2f s", outcome.duration().toMillis() / 1000.0);
            if (outcome.finished()) {
                err.println(pipeline.name() + ": job " + jobId + " FINISHED after " + duration);
                return Cli.OK;
            }
            err.println(pipeline.name() + ": job " + jobId + " " + outcome.state() + " after " + duration
                    + (outcome.failure() == null ? "" : ": " + outcome.failure()));
            return Cli.FAILED;
        } catch (SubmitException e) {
            err.println("error: " + e.getMessage());
            if (args.verbose) {
                e.printStackTrace(err);
            }
            return Cli.FAILED;
        } catch (InvalidPipelineException e) {
            e.problems().forEach(err::println);
            return Cli.INVALID;
        } catch (IOException e) {
            err.println("error: cannot write the job jar: " + e.getMessage());
            return Cli.FAILED;
        } finally {
            if (jar != null) {
                try {
                    Files.deleteIfExists(jar);
                } catch (IOException e) {
                    // a temporary file left behind
                }
            }
        }
    }

    /** The job's arguments travel as program arguments, the way a cluster passes them to any jar. */
    private static List<String> programArguments(Arguments args, ExecutionMode mode, int parallelism) {
        List<String> program = new ArrayList<>(List.of("--mode", mode.name().toLowerCase(Locale.ROOT)));
        args.params.forEach((name, value) -> program.addAll(List.of("--param", name + "=" + value)));
        if (parallelism > 0) {
            program.addAll(List.of("--parallelism", Integer.toString(parallelism)));
        }
        if (args.options.containsKey("--rejected")) {
            program.addAll(List.of("--rejected", args.options.get("--rejected")));
        }
        return program;
    }

    /** A cluster resolves relative paths against its own processes' working folders, rarely what is meant. */
    private void warnAboutRelativePaths(Pipeline bound) {
        for (Node node : bound.nodes()) {
            String path = node instanceof CsvSourceNode ? ((CsvSourceNode) node).path()
                    : node instanceof CsvSinkNode ? ((CsvSinkNode) node).path() : null;
            if (path != null && !path.contains("://") && !Paths.get(path).isAbsolute()) {
                err.println(node.id() + ": warning: the relative path '" + path + "' is resolved on the cluster's "
                        + "machines, against the working folder of each Flink process; give an absolute path");
            }
        }
    }

    private static String required(Arguments args, String option, String expected) throws CliException {
        String value = args.options.get(option);
        if (value == null || value.isBlank()) {
            throw new CliException(Cli.INVALID, option + " is required: " + expected);
        }
        return value;
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1_048_576.0);
    }

    private static String seconds(long startedNanos) {
        return String.format(Locale.ROOT, "%.2f s", (System.nanoTime() - startedNanos) / 1e9);
    }
}
