package io.pipelinestudio.runtime.submit;

import io.pipelinestudio.model.Pipeline;
import io.pipelinestudio.model.node.Node;
import io.pipelinestudio.runtime.compile.PreparedPipeline;
import io.pipelinestudio.runtime.export.JarExporter;
import io.pipelinestudio.runtime.job.JobArguments;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.flink.runtime.util.EnvironmentInformation;

/**
 * Runs a pipeline on a Flink session cluster, for the command line and the designer alike: checks the
 * cluster's Flink version, writes the job jar, uploads it, runs it with the job's arguments as program
 * arguments, and removes the uploaded jar again.
 */
public final class ClusterSubmission {
    private ClusterSubmission() {}

    /** A job the cluster accepted: its id, the cluster's Flink version and the job's page in Flink's dashboard. */
    public record Submitted(String jobId, String flinkVersion, URI dashboard) {}

    /** The Flink version jobs are built for; a cluster must run the same one. */
    public static String flinkVersion() {
        return EnvironmentInformation.getVersion();
    }

    /** The job's page in the dashboard the cluster serves at its REST address. */
    public static URI dashboard(ClusterClient client, String jobId) {
        return URI.create(client.address() + "#/job/running/" + jobId + "/overview");
    }

    /**
     * Submits the prepared pipeline in its mode with its parameter values, at {@code parallelism} (0: the
     * cluster's default), writing rejected records to {@code rejectedPath} (null: next to the first CSV sink's file).
     */
    public static Submitted submit(ClusterClient client, PreparedPipeline prepared, int parallelism, Path rejectedPath)
            throws SubmitException, IOException {
        return submit(client, prepared, parallelism, rejectedPath, null);
    }

    /**
     * Submits as {@link #submit(ClusterClient, PreparedPipeline, int, Path)} does, starting from a savepoint
     * unless {@code restore} is null; the caller compares the savepoint's state with the job first
     * ({@link StateCompatibility}), since the cluster only refuses it once the job is starting.
     */
    public static Submitted submit(ClusterClient client, PreparedPipeline prepared, int parallelism, Path rejectedPath,
            SavepointRestore restore) throws SubmitException, IOException {
        String version = flinkVersion();
        client.checkVersion(version);
        Path jar = Files.createTempFile("pipeline-studio-", ".jar");
        try {
            // the values are the jar's defaults and travel as program arguments too, as a user would give them
            JarExporter.export(prepared, 0, jar);
            String jarId = client.upload(jar);
            try {
                String jobId = client.run(jarId, programArguments(new JobArguments(prepared.mode(),
                        prepared.parameters(), parallelism, rejectedPath)), restore);
                return new Submitted(jobId, version, dashboard(client, jobId));
            } finally {
                client.delete(jarId);
            }
        } finally {
            Files.deleteIfExists(jar);
        }
    }

    /** The job's arguments as program arguments, the way a cluster passes them to any jar. */
    public static List<String> programArguments(JobArguments arguments) {
        List<String> program = new ArrayList<>(List.of("--mode", arguments.mode().name().toLowerCase(Locale.ROOT)));
        arguments.parameters().forEach((name, value) -> program.addAll(List.of("--param", name + "=" + value)));
        if (arguments.parallelism() > 0) {
            program.addAll(List.of("--parallelism", Integer.toString(arguments.parallelism())));
        }
        if (arguments.rejectedPath() != null) {
            program.addAll(List.of("--rejected", arguments.rejectedPath().toString()));
        }
        return program;
    }

    /**
     * Warnings for files given by relative paths in a pipeline with its parameters bound: a cluster resolves
     * them on its own machines, against the working folder of each Flink process, rarely what is meant.
     */
    public static List<String> relativePathWarnings(Pipeline bound) {
        List<String> warnings = new ArrayList<>();
        for (Node node : bound.nodes()) {
            List<String> paths = new ArrayList<>(node.filesRead());
            paths.addAll(node.filesWritten());
            for (String path : paths) {
                if (!path.contains("://") && !Paths.get(path).isAbsolute()) {
                    warnings.add(node.id() + ": warning: the relative path '" + path + "' is resolved on the "
                            + "cluster's machines, against the working folder of each Flink process; give an "
                            + "absolute path");
                }
            }
        }
        return warnings;
    }
}
