package io.pipelinestudio.runtime.cli;

import io.pipelinestudio.model.Pipeline;
import io.pipelinestudio.model.validate.ExecutionMode;
import io.pipelinestudio.runtime.compile.PreparedPipeline;
import io.pipelinestudio.runtime.run.InvalidPipelineException;
import io.pipelinestudio.runtime.submit.ClusterClient;
import io.pipelinestudio.runtime.submit.ClusterSubmission;
import io.pipelinestudio.runtime.submit.JobOperators;
import io.pipelinestudio.runtime.submit.JobOutcome;
import io.pipelinestudio.runtime.submit.RestoreCheck;
import io.pipelinestudio.runtime.submit.SavepointRestore;
import io.pipelinestudio.runtime.submit.SubmitException;
import io.pipelinestudio.runtime.submit.SubmittedJobs;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Locale;

/**
 * The {@code submit} command: a pipeline run on a Flink session cluster, from a savepoint when asked. Before
 * anything goes to the cluster, the savepoint's state is compared with the new job's operators, and state
 * the job would drop is refused by node unless {@code --allow-non-restored-state} is given. Each job submitted
 * is remembered with its operators, so that {@code stop} can name their nodes beside its savepoint.
 */
final class SubmitCommand {
    private final PrintStream out;
    private final PrintStream err;

    SubmitCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Where the jobs submitted from this machine are remembered. */
    static SubmittedJobs submittedJobs() {
        return SubmittedJobs.in(UserConfigFolder.resolve());
    }

    int submit(Arguments args, boolean wait, boolean allowNonRestoredState) throws CliException {
        Pipeline pipeline = Cli.read(args);
        String cluster = args.required("--cluster", "the REST address of a Flink cluster, like http://HOST:8081");
        String savepoint = args.options.get("--from-savepoint");
        if (savepoint != null) {
            savepoint = args.required("--from-savepoint", "a savepoint's directory, as stop printed it");
        } else if (allowNonRestoredState) {
            throw new CliException(Cli.INVALID, "--allow-non-restored-state only applies to a restore; give "
                    + "--from-savepoint PATH too");
        }
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
        JobOperators operators = null;
        SavepointRestore restore = null;
        if (savepoint != null) {
            restore = new SavepointRestore(savepoint, allowNonRestoredState);
            RestoreCheck.Result check;
            try {
                check = RestoreCheck.check(prepared, restore, client.address());
            } catch (SubmitException e) {
                throw new CliException(Cli.INVALID, "--from-savepoint: " + e.getMessage());
            }
            check.refusals().forEach(err::println);
            check.warnings().forEach(err::println);
            if (!check.allowed()) {
                err.println("error: not submitted: the savepoint holds state that no operator of the new job takes; "
                        + "keep the ids of the nodes it belongs to, or give --allow-non-restored-state to drop it");
                return Cli.INVALID;
            }
            if (!check.summary().isEmpty()) {
                err.println("savepoint: " + check.summary());
            }
            operators = check.operators();
        }
        try {
            long started = System.nanoTime();
            Path rejected = args.options.containsKey("--rejected") ? Paths.get(args.options.get("--rejected")) : null;
            ClusterSubmission.Submitted job = ClusterSubmission.submit(client, prepared, parallelism, rejected, restore);
            String jobId = job.jobId();
            out.println(jobId);
            err.println(pipeline.name() + ": submitted as job " + jobId + " to Flink " + job.flinkVersion() + " at "
                    + client.address() + " in " + seconds(started)
                    + (restore == null ? "" : ", starting from the savepoint " + restore.path()));
            err.println("dashboard: " + job.dashboard());
            remember(jobId, operators, prepared, args.verbose);
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

    /** Keeps the job's operators for {@code stop}; a job runs as well without, so a failure is only a note. */
    private void remember(String jobId, JobOperators known, PreparedPipeline prepared, boolean verbose) {
        try {
            submittedJobs().remember(jobId, known != null ? known : JobOperators.of(prepared));
        } catch (IOException | RuntimeException e) {
            if (verbose) {
                err.println("note: cannot remember job " + jobId + "'s operators, so stop will name them by uid: "
                        + e.getMessage());
            }
        }
    }

    private static String seconds(long startedNanos) {
        return String.format(Locale.ROOT, "%.2f s", (System.nanoTime() - startedNanos) / 1e9);
    }
}
