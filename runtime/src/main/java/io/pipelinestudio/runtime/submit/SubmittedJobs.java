package io.pipelinestudio.runtime.submit;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What Pipeline Studio remembers of the jobs it submitted to clusters, one {@link OperatorsFile} per job id in
 * a folder, so that stopping a job later, from another process, can still name the nodes of its operators.
 * Records older than {@link #KEPT} are removed as new ones are written.
 */
public final class SubmittedJobs {
    static final Duration KEPT = Duration.ofDays(30);
    private static final Pattern JOB_ID = Pattern.compile("[0-9a-f]{32}");
    private final Path folder;

    public SubmittedJobs(Path folder) {
        this.folder = folder;
    }

    /** The records kept in the per-user config folder, where the command line and the designer both look. */
    public static SubmittedJobs in(Path configFolder) {
        return new SubmittedJobs(configFolder.resolve("cluster-jobs"));
    }

    /** Whether {@code text} is a Flink job id: 32 hexadecimal digits. */
    public static boolean isJobId(String text) {
        return text != null && JOB_ID.matcher(text).matches();
    }

    public void remember(String jobId, JobOperators operators) throws IOException {
        OperatorsFile.write(operators, file(jobId));
        forgetOlderThan(Instant.now().minus(KEPT));
    }

    /** The operators of a job submitted from this machine; empty when it was submitted otherwise or long ago. */
    public Optional<JobOperators> operatorsOf(String jobId) throws IOException {
        Path file = file(jobId);
        return Files.isRegularFile(file) ? Optional.of(OperatorsFile.read(file)) : Optional.empty();
    }

    private Path file(String jobId) {
        // a job id only ever names a file inside the folder
        if (!isJobId(jobId)) {
            throw new IllegalArgumentException("Expected a job id of 32 hexadecimal digits but found '" + jobId + "'");
        }
        return folder.resolve(jobId + ".json");
    }

    private void forgetOlderThan(Instant limit) throws IOException {
        try (DirectoryStream<Path> records = Files.newDirectoryStream(folder, "*.json")) {
            for (Path record : records) {
                if (Files.getLastModifiedTime(record).toInstant().isBefore(limit)) {
                    Files.deleteIfExists(record);
                }
            }
        }
    }
}
