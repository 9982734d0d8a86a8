package io.pipelinestudio.runtime.submit;

import io.pipelinestudio.runtime.compile.PreparedPipeline;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The check before a job starts from a savepoint, shared by the command line and the designer: reads the
 * savepoint's operators, compares them with the new job's, and says by node which state would be dropped
 * (a refusal unless dropping is allowed) and which stateful nodes start empty. The cluster would only refuse
 * the restore once the job is starting, naming operator ids.
 */
public final class RestoreCheck {
    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

    /**
     * What the check found. {@code refusals} (as {@code node-id: message}) are empty when the job may start;
     * {@code warnings} hold what the user should know either way; {@code summary} says what state goes in;
     * {@code operators} are the new job's, to remember with the submitted job.
     */
    public record Result(List<String> refusals, List<String> warnings, String summary, JobOperators operators) {
        public Result {
            refusals = List.copyOf(refusals);
            warnings = List.copyOf(warnings);
        }

        public boolean allowed() {
            return refusals.isEmpty();
        }
    }

    private RestoreCheck() {}

    /**
     * Checks {@code restore} against the job {@code prepared} becomes. A savepoint this machine cannot read is an
     * error when the cluster runs on this machine too (it cannot read it either), and only a warning otherwise:
     * a remote cluster may read a path or file system this machine cannot.
     */
    public static Result check(PreparedPipeline prepared, SavepointRestore restore, URI cluster) throws SubmitException {
        long started = System.nanoTime();
        JobOperators next = JobOperators.of(prepared);
        SavepointMetadata savepoint;
        try {
            savepoint = SavepointMetadata.read(restore.path());
        } catch (IOException | RuntimeException e) {
            String problem = "cannot read the savepoint " + restore.path() + ": " + e.getMessage();
            if (LOOPBACK.contains(String.valueOf(cluster.getHost()).toLowerCase(Locale.ROOT))) {
                throw new SubmitException(problem, e);
            }
            return new Result(List.of(), List.of("savepoint: warning: " + problem
                    + "; the cluster checks its state when the job starts"), "", next);
        }
        List<String> warnings = new ArrayList<>();
        StateCompatibility state = StateCompatibility.compare(savepoint, recordedOperators(savepoint, warnings), next);
        if (!state.keepsAllState() && !restore.allowNonRestoredState()) {
            return new Result(state.refusals(), warnings, "", next);
        }
        warnings.addAll(state.warnings());
        String summary = String.format(Locale.ROOT, "the state of %d operators (%s) goes into the new job; checked in %.2f s",
                state.restoredOperators(), ByteSize.text(state.restoredBytes()), (System.nanoTime() - started) / 1e9);
        return new Result(List.of(), warnings, summary, next);
    }

    /** The names Pipeline Studio wrote beside the savepoint when it took it; null when there are none. */
    private static JobOperators recordedOperators(SavepointMetadata savepoint, List<String> warnings) {
        Path directory = SavepointStop.localDirectory(savepoint.location());
        Path file = directory == null ? null : directory.resolve(OperatorsFile.BESIDE_SAVEPOINT);
        if (file == null || !Files.isRegularFile(file)) {
            return null;
        }
        try {
            return OperatorsFile.read(file);
        } catch (IOException | RuntimeException e) {
            warnings.add("savepoint: warning: cannot read " + file + " (" + e.getMessage() + "); naming the "
                    + "savepoint's operators by their uids only");
            return null;
        }
    }
}
