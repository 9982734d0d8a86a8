package io.pipelinestudio.runtime.submit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Stops a job on a cluster with a savepoint, through the REST API, and waits until the savepoint is complete
 * and the job has ended (the cluster reports both at once).
 */
public final class SavepointStop {
    private static final Duration POLL = Duration.ofMillis(200);

    private SavepointStop() {}

    /**
     * A stopped job: where its savepoint is (as Flink names it), how long stopping took, and the savepoint's
     * directory and size when it is on this machine (else null and -1).
     */
    public record Stopped(String location, Duration took, Path localDirectory, long bytes) {}

    /**
     * Refuses a target directory the cluster would misread: a relative path, which the JobManager resolves
     * against its own working folder. Absolute paths and URIs ({@code file:}, {@code s3://}) are fine.
     */
    public static void checkTargetDirectory(String directory) {
        if (directory == null || directory.isBlank()) {
            throw new IllegalArgumentException("give the directory the cluster writes the savepoint to, like "
                    + "/savepoints or s3://bucket/savepoints");
        }
        boolean absolute;
        try {
            absolute = directory.contains("://") || directory.startsWith("file:") || Paths.get(directory).isAbsolute();
        } catch (java.nio.file.InvalidPathException e) {
            absolute = false;
        }
        if (!absolute) {
            throw new IllegalArgumentException("the savepoint directory must be absolute or a URI, since the cluster "
                    + "resolves it on its own machines, but is '" + directory + "'");
        }
    }

    public static Stopped stop(ClusterClient client, String jobId, String targetDirectory) throws SubmitException {
        long started = System.nanoTime();
        // the cluster accepts a stop of any job it knows and only fails the savepoint later, less clearly
        String state = client.state(jobId);
        if (!state.equals("RUNNING")) {
            throw new SubmitException("job " + jobId + " is " + state + " on the cluster at " + client.address()
                    + "; only a running job can be stopped with a savepoint");
        }
        String trigger = client.stopWithSavepoint(jobId, targetDirectory);
        // the cluster completes a stop with a savepoint once the job has ended as well, so the job is over here
        // (its state as GET /jobs/:jobid shows it lags by up to the REST cache's 3 s)
        String location = client.awaitSavepoint(jobId, trigger, POLL);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        Path local = localDirectory(location);
        return new Stopped(location, took, local, local == null ? -1 : size(local));
    }

    /**
     * Writes beside a savepoint on this machine which node each of its operators belongs to, when the job was
     * submitted from here ({@code jobs} remembers it); a later restore names dropped state by node with it.
     * Returns what happened, for the user: without the file a restore names operators by uid only.
     */
    public static String nameOperators(String jobId, Stopped stopped, SubmittedJobs jobs) {
        if (stopped.localDirectory() == null) {
            return "the savepoint is not on this machine, so a restore names its operators by uid only";
        }
        Path file = stopped.localDirectory().resolve(OperatorsFile.BESIDE_SAVEPOINT);
        try {
            Optional<JobOperators> operators = jobs.operatorsOf(jobId);
            if (operators.isEmpty()) {
                return "note: not submitted from here, so its savepoint names its operators by uid only";
            }
            OperatorsFile.write(operators.get(), file);
            return "the nodes of its operators are in " + file;
        } catch (IOException | RuntimeException e) {
            return "warning: cannot write " + file + " (" + e.getMessage()
                    + "); a restore names the savepoint's operators by uid only";
        }
    }

    /** The directory of a savepoint on this machine's file system; null when it is elsewhere. */
    public static Path localDirectory(String location) {
        Path path;
        try {
            URI uri = URI.create(location);
            if (uri.getScheme() == null) {
                path = Paths.get(location);
            } else if (uri.getScheme().equals("file")) {
                path = Paths.get(uri);
            } else {
                return null;
            }
        } catch (IllegalArgumentException e) {
            return null; // not a path of this file system
        }
        return Files.isDirectory(path) ? path : null;
    }

    private static long size(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> {
                try {
                    return Files.size(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        } catch (IOException | UncheckedIOException e) {
            return -1; // only for reporting: a savepoint that cannot be measured is still a savepoint
        }
    }
}
