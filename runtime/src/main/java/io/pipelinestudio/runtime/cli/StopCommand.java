package io.pipelinestudio.runtime.cli;

import io.pipelinestudio.runtime.submit.ByteSize;
import io.pipelinestudio.runtime.submit.ClusterClient;
import io.pipelinestudio.runtime.submit.SavepointStop;
import io.pipelinestudio.runtime.submit.SubmitException;
import io.pipelinestudio.runtime.submit.SubmittedJobs;
import java.io.PrintStream;
import java.net.URI;
import java.util.Locale;

/**
 * The {@code stop} command: stops a job on a cluster with a savepoint, prints the savepoint's path on stdout
 * (progress on stderr), and, when the savepoint is on this machine and the job was submitted from here,
 * writes beside it which node each of its operators belongs to, for a later {@code submit --from-savepoint}.
 */
final class StopCommand {
    private final PrintStream out;
    private final PrintStream err;

    StopCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int stop(Arguments args) throws CliException {
        if (args.positional.size() != 1) {
            throw new CliException(Cli.INVALID, "expected one job id but got " + args.positional.size()
                    + (args.positional.isEmpty() ? "" : ": " + args.positional));
        }
        String jobId = args.positional.get(0);
        if (!SubmittedJobs.isJobId(jobId)) {
            throw new CliException(Cli.INVALID, "expected a job id of 32 hexadecimal digits, as submit prints it, "
                    + "but got '" + jobId + "'");
        }
        String cluster = args.required("--cluster", "the REST address of a Flink cluster, like http://HOST:8081");
        String directory = args.required("--savepoint", "the directory the cluster writes the savepoint to, like "
                + "/savepoints or s3://bucket/savepoints");
        try {
            SavepointStop.checkTargetDirectory(directory);
        } catch (IllegalArgumentException e) {
            throw new CliException(Cli.INVALID, "--savepoint: " + e.getMessage());
        }
        ClusterClient client;
        try {
            client = new ClusterClient(URI.create(cluster));
        } catch (IllegalArgumentException e) {
            throw new CliException(Cli.INVALID, e.getMessage());
        }
        err.println("job " + jobId + ": stopping with a savepoint in " + directory);
        SavepointStop.Stopped stopped;
        try {
            stopped = SavepointStop.stop(client, jobId, directory);
        } catch (SubmitException e) {
            err.println("error: " + e.getMessage());
            if (args.verbose) {
                e.printStackTrace(err);
            }
            return Cli.FAILED;
        }
        out.println(stopped.location());
        err.println("job " + jobId + ": stopped with a savepoint at " + stopped.location()
                + (stopped.bytes() < 0 ? "" : " (" + ByteSize.text(stopped.bytes()) + ")") + " in "
                + String.format(Locale.ROOT, "%.2f s", stopped.took().toMillis() / 1000.0));
        err.println("job " + jobId + ": " + SavepointStop.nameOperators(jobId, stopped, SubmitCommand.submittedJobs()));
        return Cli.OK;
    }
}
