package io.pipelinestudio.app.export;

import io.pipelinestudio.app.dialogs.ErrorDialog;
import io.pipelinestudio.app.document.PipelineDocument;
import io.pipelinestudio.app.settings.DeploySettings;
import io.pipelinestudio.app.validation.ValidationService;
import io.pipelinestudio.model.Pipeline;
import io.pipelinestudio.model.validate.Problem;
import io.pipelinestudio.model.validate.ValidationReport;
import io.pipelinestudio.runtime.compile.PreparedPipeline;
import io.pipelinestudio.runtime.run.InvalidPipelineException;
import io.pipelinestudio.runtime.submit.ClusterClient;
import io.pipelinestudio.runtime.submit.ByteSize;
import io.pipelinestudio.runtime.submit.ClusterSubmission;
import io.pipelinestudio.runtime.submit.JobOperators;
import io.pipelinestudio.runtime.submit.JobOutcome;
import io.pipelinestudio.runtime.submit.RestoreCheck;
import io.pipelinestudio.runtime.submit.SavepointRestore;
import io.pipelinestudio.runtime.submit.SavepointStop;
import io.pipelinestudio.runtime.submit.SubmitException;
import io.pipelinestudio.runtime.submit.SubmittedJobs;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.stage.Window;

/**
 * Run, Deploy to Cluster: submits the open pipeline to a Flink session cluster through the runtime's
 * submission API, off the FX thread, then follows the job's state until it ends. A deployment may start
 * from a savepoint, checked against the job by node before anything is submitted, as the command line's
 * {@code submit --from-savepoint} does; Stop with Savepoint stops the followed job as {@code stop} does and
 * offers its savepoint to the next deployment. The address, mode, parallelism and savepoint directory are
 * remembered for the next time.
 */
public final class DeployActions {
    private static final Set<String> TERMINAL = Set.of("FINISHED", "FAILED", "CANCELED");
    /** Polls the cluster may miss in a row before the job counts as lost, as the command line's wait allows. */
    private static final int MISSED_POLLS = 6;
    private static final Duration POLL = Duration.ofSeconds(1);

    private final Window owner;
    private final PipelineDocument document;
    private final ValidationService validation;
    private final Path configDirectory;
    private final Consumer<String> messages;
    private final ReadOnlyStringWrapper jobState = new ReadOnlyStringWrapper(this, "jobState", "");
    private final ReadOnlyObjectWrapper<URI> dashboard = new ReadOnlyObjectWrapper<>(this, "dashboard");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    /** True while the followed job runs, so that it can be stopped with a savepoint. */
    private final ReadOnlyBooleanWrapper stoppable = new ReadOnlyBooleanWrapper(this, "stoppable");
    /** The followed job; null before the first deployment. */
    private volatile FollowedJob followed;
    /** The savepoint the last stop took, offered to the next deployment; null when none was taken. */
    private String lastSavepoint;
    /** The newest deployment; an older one's follower stops reporting once a newer one starts. */
    private final AtomicLong generation = new AtomicLong();
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "cluster-deploy");
        thread.setDaemon(true);
        return thread;
    });
    private DeploySettings settings;

    public DeployActions(Window owner, PipelineDocument document, ValidationService validation, Path configDirectory,
            Consumer<String> messages) {
        this.owner = owner;
        this.document = document;
        this.validation = validation;
        this.configDirectory = configDirectory;
        this.messages = messages;
        this.settings = DeploySettings.load(configDirectory);
    }

    /** The followed job's state as the status bar shows it, empty before the first deployment. */
    public ReadOnlyStringProperty jobStateProperty() {
        return jobState.getReadOnlyProperty();
    }

    /** The followed job's page in Flink's dashboard. */
    public ReadOnlyObjectProperty<URI> dashboardProperty() {
        return dashboard.getReadOnlyProperty();
    }

    /** True while a submission is under way (not while a job is followed). */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** True while the followed job runs on its cluster, so that Stop with Savepoint applies. */
    public ReadOnlyBooleanProperty stoppableProperty() {
        return stoppable.getReadOnlyProperty();
    }

    public DeploySettings settings() {
        return settings;
    }

    /** The savepoint the last Stop with Savepoint took, which the deploy dialog offers; null when none. */
    public String lastSavepoint() {
        return lastSavepoint;
    }

    /** A job this designer deployed, and the cluster it runs on. */
    private record FollowedJob(long deployment, ClusterClient client, String jobId) {}

    public void deploy() {
        ValidationReport report = validation.report();
        if (report != null && !report.valid()) {
            ErrorDialog.show(owner, "Cannot deploy " + document.displayName(), problems(report.errors()));
            return;
        }
        Pipeline snapshot = document.pipeline();
        Optional<DeployRequest> asked = DeployDialog.ask(owner, snapshot, settings, lastSavepoint);
        asked.ifPresent(request -> submit(snapshot, request));
    }

    private void submit(Pipeline pipeline, DeployRequest request) {
        DeploySettings remembered = new DeploySettings(request.clusterAddress(), request.mode(), request.parallelism(),
                settings.savepointDirectory());
        settings = remembered;
        long deployment = generation.incrementAndGet();
        stoppable.set(false);
        busy.set(true);
        messages.accept("Deploying " + pipeline.name() + " to " + request.clusterAddress() + "\u2026");
        executor.execute(() -> {
            remembered.save(configDirectory);
            ClusterClient client;
            try {
                client = new ClusterClient(URI.create(request.clusterAddress()));
            } catch (IllegalArgumentException e) {
                failed(deployment, "Cannot deploy to " + request.clusterAddress(), e.getMessage());
                return;
            }
            ClusterSubmission.Submitted job;
            List<String> warnings = new ArrayList<>();
            JobOperators operators = null;
            SavepointRestore restore = null;
            try {
                PreparedPipeline prepared = PreparedPipeline.prepare(pipeline, request.mode(), request.parameters());
                warnings.addAll(ClusterSubmission.relativePathWarnings(prepared.bound()));
                if (request.savepoint() != null) {
                    restore = new SavepointRestore(request.savepoint(), request.allowNonRestoredState());
                    RestoreCheck.Result check = RestoreCheck.check(prepared, restore, client.address());
                    if (!check.allowed()) {
                        failed(deployment, "Not deployed: the savepoint holds state the new job would drop",
                                String.join("\n", check.refusals()) + "\n\nKeep the ids of these nodes, or tick "
                                        + "\"Drop savepoint state that no node takes\" to deploy without their state.");
                        return;
                    }
                    warnings.addAll(check.warnings());
                    operators = check.operators();
                }
                job = ClusterSubmission.submit(client, prepared, request.parallelism(), null, restore);
                remember(job.jobId(), operators != null ? operators : JobOperators.of(prepared));
            } catch (SubmitException e) {
                failed(deployment, "Cannot deploy to " + client.address(), e.getMessage());
                return;
            } catch (InvalidPipelineException e) {
                failed(deployment, "Cannot deploy " + pipeline.name() + " with these parameters",
                        problems(e.problems()));
                return;
            } catch (IOException | RuntimeException e) {
                failed(deployment, "Cannot deploy " + pipeline.name(), "The job jar could not be written: " + e.getMessage());
                return;
            }
            String startedFrom = restore == null ? null : restore.path();
            followed = new FollowedJob(deployment, client, job.jobId());
            Platform.runLater(() -> {
                if (generation.get() == deployment) {
                    busy.set(false);
                    dashboard.set(job.dashboard());
                    jobState.set(stateText(job.jobId(), "SUBMITTED"));
                    messages.accept("Submitted " + pipeline.name() + " as job " + job.jobId() + " to Flink "
                            + job.flinkVersion() + " at " + client.address()
                            + (startedFrom == null ? "" : ", starting from the savepoint " + startedFrom)
                            + (warnings.isEmpty() ? "" : "; " + String.join("; ", warnings)));
                }
            });
            follow(deployment, client, job.jobId());
        });
    }

    /** Polls the job's state and shows each change, until it ends, the cluster stops answering or a newer deployment starts. */
    private void follow(long deployment, ClusterClient client, String jobId) {
        String shown = "SUBMITTED";
        int missed = 0;
        while (generation.get() == deployment) {
            try {
                String state = client.state(jobId);
                missed = 0;
                if (TERMINAL.contains(state)) {
                    showStoppable(deployment, false);
                    JobOutcome outcome = client.await(jobId, POLL);
                    show(deployment, stateText(jobId, outcome.state())
                            + (outcome.failure() == null ? "" : ": " + outcome.failure()));
                    return;
                }
                if (!state.equals(shown)) {
                    shown = state;
                    show(deployment, stateText(jobId, state));
                    showStoppable(deployment, state.equals("RUNNING"));
                }
            } catch (SubmitException e) {
                if (++missed >= MISSED_POLLS) {
                    showStoppable(deployment, false);
                    show(deployment, stateText(jobId, "UNKNOWN") + ": lost contact with the cluster");
                    return;
                }
            }
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /**
     * Run, Stop Job with Savepoint: asks where the cluster should write the savepoint, stops the followed job
     * with it off the FX thread, and offers the savepoint to the next deployment.
     */
    public void stopWithSavepoint() {
        FollowedJob job = followed;
        if (job == null || !stoppable.get()) {
            messages.accept("No deployed job is running");
            return;
        }
        String proposed = settings.savepointDirectory() != null ? settings.savepointDirectory()
                : configDirectory.resolve("savepoints").toAbsolutePath().toString();
        Optional<String> asked = StopDialog.ask(owner, job.jobId(), proposed);
        if (asked.isEmpty()) {
            return;
        }
        String directory = asked.get();
        settings = settings.withSavepointDirectory(directory);
        DeploySettings remembered = settings;
        stoppable.set(false);
        busy.set(true);
        // the follower of the deployment stops here, so that the job's end is told as a stop, once
        long stopping = generation.incrementAndGet();
        messages.accept("Stopping job " + job.jobId() + " with a savepoint in " + directory + "\u2026");
        executor.execute(() -> {
            remembered.save(configDirectory);
            SavepointStop.Stopped stopped;
            try {
                stopped = SavepointStop.stop(job.client(), job.jobId(), directory);
            } catch (SubmitException e) {
                failed(stopping, "Cannot stop job " + job.jobId() + " with a savepoint", e.getMessage());
                followed = new FollowedJob(stopping, job.client(), job.jobId());
                follow(stopping, job.client(), job.jobId()); // it may still run: keep following it
                return;
            }
            String naming = SavepointStop.nameOperators(job.jobId(), stopped, SubmittedJobs.in(configDirectory));
            Platform.runLater(() -> {
                lastSavepoint = stopped.location();
                if (generation.get() == stopping) {
                    busy.set(false);
                    jobState.set(stateText(job.jobId(), "STOPPED with a savepoint"));
                }
                messages.accept("Stopped job " + job.jobId() + " with a savepoint at " + stopped.location()
                        + (stopped.bytes() < 0 ? "" : " (" + ByteSize.text(stopped.bytes()) + ")") + "; " + naming
                        + ". Deploy again to start from it.");
            });
        });
    }

    /** Keeps the job's operators, so that a savepoint of it names their nodes; a job runs as well without. */
    private void remember(String jobId, JobOperators operators) {
        try {
            SubmittedJobs.in(configDirectory).remember(jobId, operators);
        } catch (IOException | RuntimeException e) {
            System.err.println("Cannot remember the operators of job " + jobId + ": " + e.getMessage());
        }
    }

    private void showStoppable(long deployment, boolean running) {
        Platform.runLater(() -> {
            if (generation.get() == deployment) {
                stoppable.set(running);
            }
        });
    }

    private void show(long deployment, String text) {
        Platform.runLater(() -> {
            if (generation.get() == deployment) {
                jobState.set(text);
            }
        });
    }

    private void failed(long deployment, String header, String message) {
        Platform.runLater(() -> {
            if (generation.get() == deployment) {
                busy.set(false);
                messages.accept(header);
            }
            ErrorDialog.show(owner, header, message);
        });
    }

    private static String stateText(String jobId, String state) {
        return "Job " + jobId.substring(0, Math.min(8, jobId.length())) + ": " + state;
    }

    private static String problems(List<Problem> problems) {
        return "Fix these problems first (the Problems panel lists them too):\n\n"
                + problems.stream().map(Problem::toString).collect(Collectors.joining("\n"));
    }
}
