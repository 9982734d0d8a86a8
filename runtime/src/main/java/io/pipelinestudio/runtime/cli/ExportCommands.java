package io.pipelinestudio.runtime.cli;

import io.pipelinestudio.model.Pipeline;
import io.pipelinestudio.model.validate.ExecutionMode;
import io.pipelinestudio.runtime.compile.PreparedPipeline;
import io.pipelinestudio.runtime.export.JarExporter;
import io.pipelinestudio.runtime.export.JavaProjectExporter;
import io.pipelinestudio.runtime.export.PlanExporter;
import io.pipelinestudio.runtime.run.InvalidPipelineException;
import io.pipelinestudio.runtime.submit.ClusterClient;
import io.pipelinestudio.runtime.submit.ClusterSubmission;
import io.pipelinestudio.runtime.submit.JobOutcome;
import io.pipelinestudio.runtime.submit.SubmitException;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

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

    int submit(Arguments args, boolean wait) throws CliException {
        Pipeline pipeline = Cli.read(args);
        String cluster = required(args, "--cluster", "the REST address of a Flink cluster, like http://HOST:8081");
        ExecutionMode mode = args.mode(ExecutionMode.BATCH);
        int parallelism = args.intOption("--parallelism", 0);
        PreparedPipeline prepared;
        try {
            prepared = PreparedPipeline.prepare(pipeline, mode, args.params);
        } catch (InvalidPipelineException e) {
            e.problems().forEach(err::println);
            return Cli.INVALID;
        }
        ClusterSubmission.relativePathWarnings(prepared.bound()).forEach(err::println);
        ClusterClient client;
        try {
            client = new ClusterClient(URI.create(cluster));
        } catch (IllegalArgumentException e) {
            throw new CliException(Cli.INVALID, e.getMessage());
        }
        try {
            long started = System.nanoTime();
            Path rejected = args.options.containsKey("--rejected") ? Paths.get(args.options.get("--rejected")) : null;
            ClusterSubmission.Submitted job = ClusterSubmission.submit(client, prepared, parallelism, rejected);
            String jobId = job.jobId();
            out.println(jobId);
            err.println(pipeline.name() + ": submitted as job " + jobId + " to Flink " + job.flinkVersion() + " at "
                    + client.address() + " in " + seconds(started));
            err.println("dashboard: " + job.dashboard());
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
        } catch (IOException e) {
            err.println("error: cannot write the job jar: " + e.getMessage());
            return Cli.FAILED;
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
