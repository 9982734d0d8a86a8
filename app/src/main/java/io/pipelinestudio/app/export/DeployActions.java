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
import io.pipelinestudio.runtime.submit.ClusterSubmission;
import io.pipelinestudio.runtime.submit.JobOutcome;
import io.pipelinestudio.runtime.submit.SubmitException;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
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
 * submission API, off the FX thread, then follows the job's state until it ends. The address, mode and
 * parallelism are remembered for the next time.
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

    public DeploySettings settings() {
        return settings;
    }

    public void deploy() {
        ValidationReport report = validation.report();
        if (report != null && !report.valid()) {
            ErrorDialog.show(owner, "Cannot deploy " + document.displayName(), problems(report.errors()));
            return;
        }
        Pipeline snapshot = document.pipeline();
        Optional<DeployRequest> asked = DeployDialog.ask(owner, snapshot, settings);
        asked.ifPresent(request -> submit(snapshot, request));
    }

    private void submit(Pipeline pipeline, DeployRequest request) {
        DeploySettings remembered = new DeploySettings(request.clusterAddress(), request.mode(), request.parallelism());
        settings = remembered;
        long deployment = generation.incrementAndGet();
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
            List<String> warnings;
            try {
                PreparedPipeline prepared = PreparedPipeline.prepare(pipeline, request.mode(), request.parameters());
                warnings = ClusterSubmission.relativePathWarnings(prepared.bound());
                job = ClusterSubmission.submit(client, prepared, request.parallelism(), null);
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
            Platform.runLater(() -> {
                if (generation.get() == deployment) {
                    busy.set(false);
                    dashboard.set(job.dashboard());
                    jobState.set(stateText(job.jobId(), "SUBMITTED"));
                    messages.accept("Submitted " + pipeline.name() + " as job " + job.jobId() + " to Flink "
                            + job.flinkVersion() + " at " + client.address()
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
                    JobOutcome outcome = client.await(jobId, POLL);
                    show(deployment, stateText(jobId, outcome.state())
                            + (outcome.failure() == null ? "" : ": " + outcome.failure()));
                    return;
                }
                if (!state.equals(shown)) {
                    shown = state;
                    show(deployment, stateText(jobId, state));
                }
            } catch (SubmitException e) {
                if (++missed >= MISSED_POLLS) {
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
