package io.pipelinestudio.app.run;

import io.pipelinestudio.app.concurrent.BackgroundThreads;
import io.pipelinestudio.app.document.PipelineDocument;
import io.pipelinestudio.model.ParameterSpec;
import io.pipelinestudio.model.Pipeline;
import io.pipelinestudio.model.validate.ExecutionMode;
import io.pipelinestudio.model.validate.Problem;
import io.pipelinestudio.runtime.pace.RunPace;
import io.pipelinestudio.runtime.run.InvalidPipelineException;
import io.pipelinestudio.runtime.run.PipelineRunner;
import io.pipelinestudio.runtime.run.RunFailure;
import io.pipelinestudio.runtime.run.RunHandle;
import io.pipelinestudio.runtime.run.RunListener;
import io.pipelinestudio.runtime.run.RunOptions;
import io.pipelinestudio.runtime.run.RunResult;
import io.pipelinestudio.runtime.run.RunState;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Duration;

/**
 * Runs the document's pipeline on the shared embedded cluster and publishes what a person watching
 * needs: the job's state, the elapsed time, how it ended, and a log. Live views join as
 * {@link RunObserver}s. All its properties change on the FX thread; Flink work happens elsewhere.
 */
public final class RunController {
    private static final int LOG_LIMIT = 2_000;

    private final PipelineDocument document;
    private final Supplier<CompletableFuture<PipelineRunner>> runner;
    private final ExecutorService background = BackgroundThreads.single("run-control");
    private final List<RunObserver> observers = new ArrayList<>();
    private final ObjectProperty<ExecutionMode> mode = new SimpleObjectProperty<>(this, "mode", ExecutionMode.STREAMING);
    private final ReadOnlyObjectWrapper<RunState> state = new ReadOnlyObjectWrapper<>(this, "state");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyStringWrapper elapsed = new ReadOnlyStringWrapper(this, "elapsed", "");
    private final ReadOnlyObjectWrapper<RunFailure> failure = new ReadOnlyObjectWrapper<>(this, "failure");
    private final ReadOnlyObjectWrapper<RunResult> lastResult = new ReadOnlyObjectWrapper<>(this, "lastResult");
    private final ReadOnlyObjectWrapper<Long> firstResultMillis = new ReadOnlyObjectWrapper<>(this, "firstResultMillis");
    private final ObservableList<String> log = FXCollections.observableArrayList();
    private final ObjectProperty<ReplaySpeed> replaySpeed = new SimpleObjectProperty<>(this, "replaySpeed",
            ReplaySpeed.FASTEST);
    /** Training steps per second; 0 for as fast as possible. */
    private final DoubleProperty stepsPerSecond = new SimpleDoubleProperty(this, "stepsPerSecond", 0);
    private final ReadOnlyBooleanWrapper paused = new ReadOnlyBooleanWrapper(this, "paused");
    /** The pace of the run under way, which the controls above change while it runs. */
    private RunPace pace = RunPace.fastest();
    private final Map<String, String> parameters = new LinkedHashMap<>();
    private final Timeline ticker;
    private Run current;
    private Runnable logShower = () -> { };
    private int runCount;
    /** Counts the pipelines shown; a comparison started for an earlier one reports nothing when it ends. */
    private int session;

    public RunController(PipelineDocument document, Supplier<CompletableFuture<PipelineRunner>> runner) {
        this.document = document;
        this.runner = runner;
        ticker = new Timeline(new KeyFrame(Duration.millis(100), e -> tick()));
        ticker.setCycleCount(Animation.INDEFINITE);
        replaySpeed.addListener((o, old, now) -> pace.setSpeed(now.factor()));
        stepsPerSecond.addListener((o, old, now) -> pace.setStepsPerSecond(now.doubleValue()));
        running.addListener((o, was, now) -> {
            if (!now) {
                paused.set(false);
            }
        });
    }

    /** How fast a streaming run plays its event time; it may change while the run goes on. */
    public ObjectProperty<ReplaySpeed> replaySpeedProperty() {
        return replaySpeed;
    }

    /** Training steps per second (0: as fast as possible); it may change while the run goes on. */
    public DoubleProperty stepsPerSecondProperty() {
        return stepsPerSecond;
    }

    public ReadOnlyBooleanProperty pausedProperty() {
        return paused.getReadOnlyProperty();
    }

    /** Holds the running job's records (and training steps) where they are, until {@link #resume()}. */
    public void pause() {
        if (running.get() && !paused.get()) {
            pace.pause();
            paused.set(true);
            say("Paused");
        }
    }

    public void resume() {
        if (paused.get()) {
            pace.resume();
            paused.set(false);
            say("Resumed");
        }
    }

    /** While paused, lets one training step through. */
    public void step() {
        if (paused.get()) {
            pace.step();
        }
    }

    /** Starts the embedded cluster in the background so that the first run does not wait for it. */
    public void warmUp() {
        runner.get().whenComplete((r, e) -> Platform.runLater(() -> {
            if (e != null) {
                say("The embedded Flink cluster did not start: " + rootMessage(e));
            } else {
                say("Flink cluster ready");
            }
        }));
    }

    public void addObserver(RunObserver observer) {
        observers.add(observer);
    }

    public ObjectProperty<ExecutionMode> modeProperty() {
        return mode;
    }

    public ReadOnlyObjectProperty<RunState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty elapsedProperty() {
        return elapsed.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<RunFailure> failureProperty() {
        return failure.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<RunResult> lastResultProperty() {
        return lastResult.getReadOnlyProperty();
    }

    /** Milliseconds from pressing Run to the first record reaching a sink or a watched output. */
    public ReadOnlyObjectProperty<Long> firstResultMillisProperty() {
        return firstResultMillis.getReadOnlyProperty();
    }

    public ObservableList<String> log() {
        return log;
    }

    /** The values the next run gives the pipeline's parameters; the pipeline's defaults fill the rest. */
    public Map<String, String> parameters() {
        return parameters;
    }

    public void setParameters(Map<String, String> values) {
        parameters.clear();
        parameters.putAll(values);
    }

    /** Parameters declared without a default and not given a value: a run needs them first. */
    public List<ParameterSpec> missingParameters() {
        return document.pipeline().parameters().stream()
                .filter(p -> p.defaultValue() == null && !parameters.containsKey(p.name())).toList();
    }

    /** Where {@link #showLog()} brings the log into view. */
    public void setLogShower(Runnable shower) {
        logShower = shower;
    }

    public void showLog() {
        logShower.run();
    }

    /** The handle of the job running now, once it has been submitted. */
    public java.util.Optional<RunHandle> currentHandle() {
        Run run = current;
        return running.get() && run != null ? java.util.Optional.ofNullable(run.handle) : java.util.Optional.empty();
    }

    public boolean isRunning() {
        return running.get();
    }

    /** Runs the document's pipeline in the chosen mode. */
    public void run() {
        run(mode.get());
    }

    public void run(ExecutionMode runMode) {
        run(runMode, replaySpeed.get().factor());
    }

    /** Runs in {@code runMode} with event time replayed {@code replayFactor} times faster than recorded (0: fastest). */
    public void run(ExecutionMode runMode, double replayFactor) {
        if (running.get()) {
            return;
        }
        Pipeline pipeline = document.pipeline();
        String label = "Run " + (++runCount) + " \u00b7 " + runMode;
        Set<String> watched = new HashSet<>();
        observers.forEach(o -> watched.addAll(o.watched(pipeline)));
        List<RunListener> listeners = new ArrayList<>();
        Run run = new Run(label, pipeline.name());
        listeners.add(run);
        observers.forEach(o -> listeners.add(o.started(pipeline, runMode, label)));
        pace = new RunPace(replayFactor, stepsPerSecond.get());
        RunOptions options = RunOptions.of(runMode).withParameters(Map.copyOf(parameters))
                .withListener(new FanOutListener(listeners)).withWatched(watched).withPace(pace);
        current = run;
        failure.set(null);
        lastResult.set(null);
        firstResultMillis.set(null);
        state.set(RunState.CREATED);
        running.set(true);
        elapsed.set("0.0 s");
        ticker.play();
        say(label + " of '" + pipeline.name() + "' started"
                + (runner.get().isDone() ? "" : " (waiting for the Flink cluster to start)"));
        runner.get().thenApplyAsync(r -> {
            try {
                return r.start(pipeline, options);
            } catch (InvalidPipelineException e) {
                throw new CompletionException(e);
            }
        }, background).whenComplete((handle, error) -> {
            if (error != null) {
                Platform.runLater(() -> refused(run, error));
            } else {
                run.handle = handle;
                if (run.cancelRequested) {
                    background.execute(handle::cancel);
                }
                handle.result().whenComplete((result, e) -> Platform.runLater(() -> finished(run, result, e)));
            }
        });
    }

    /**
     * Runs the pipeline in BATCH and then STREAMING on the same input and compares what reached the sinks;
     * completes on the FX thread. Nothing else runs meanwhile.
     */
    public CompletableFuture<ModeComparison> compareModes() {
        if (running.get()) {
            return CompletableFuture.failedFuture(new IllegalStateException("a run is under way"));
        }
        Pipeline pipeline = document.pipeline();
        Map<String, String> values = Map.copyOf(parameters);
        int comparedSession = session;
        current = null;
        failure.set(null);
        lastResult.set(null);
        state.set(RunState.RUNNING);
        running.set(true);
        long started = System.nanoTime();
        say("Comparing BATCH and STREAMING results of '" + pipeline.name() + "'\u2026");
        CompletableFuture<ModeComparison> done = new CompletableFuture<>();
        runner.get().thenApplyAsync(r -> ModeComparison.run(r, pipeline, values), background)
                .whenComplete((comparison, error) -> Platform.runLater(() -> {
                    if (comparedSession != session) {
                        done.cancel(false);
                        return;
                    }
                    ModeComparison outcome = error != null ? new ModeComparison(List.of(), List.of(), 0, 0,
                            rootMessage(error)) : comparison;
                    say(outcome.verdict());
                    outcome.shownDifferences().stream().limit(20).forEach(line -> say("  " + line));
                    elapsed.set(String.format("%.1f s", (System.nanoTime() - started) / 1e9));
                    state.set(outcome.failure() == null ? RunState.FINISHED : RunState.FAILED);
                    running.set(false);
                    done.complete(outcome);
                }));
        return done;
    }

    /** Asks the running job to stop; it ends as cancelled. */
    public void stop() {
        Run run = current;
        if (run == null || !running.get()) {
            return;
        }
        say(run.label + ": cancelling");
        cancel(run);
    }

    /** Cancels the run's job, now if it was submitted, or as soon as it is. */
    private void cancel(Run run) {
        run.cancelRequested = true;
        RunHandle handle = run.handle;
        if (handle != null) {
            background.execute(handle::cancel);
        }
    }

    /**
     * Forgets the runs of the pipeline shown until now, as another one is opened: a run under way is
     * cancelled and its late news ignored; the log, the outcome, the run numbers and the parameters start
     * afresh, and every observer drops what it showed.
     */
    public void forget() {
        Run run = current;
        boolean wasRunning = running.get();
        if (run != null && wasRunning) {
            cancel(run);
        }
        session++;
        current = null;
        ticker.stop();
        running.set(false);
        state.set(null);
        failure.set(null);
        lastResult.set(null);
        firstResultMillis.set(null);
        elapsed.set("");
        parameters.clear();
        runCount = 0;
        log.clear();
        if (wasRunning) {
            say(run == null ? "The comparison of the pipeline shown before runs to its end unseen; the next run"
                    + " starts after it" : run.label + " of '" + run.pipelineName + "' was stopped: another pipeline"
                    + " was opened");
        }
        observers.forEach(RunObserver::forget);
    }

    private void refused(Run run, Throwable error) {
        if (run != current) {
            return;
        }
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (cause instanceof InvalidPipelineException invalid) {
            say(run.label + " refused: the pipeline is not valid");
            for (Problem problem : invalid.problems()) {
                say("  " + problem);
            }
            failure.set(new RunFailure(invalid.problems().isEmpty() ? null : invalid.problems().get(0).target(),
                    "the pipeline is not valid", null));
        } else {
            say(run.label + " could not start: " + rootMessage(cause));
            failure.set(new RunFailure(null, rootMessage(cause), null));
        }
        end(RunState.FAILED);
    }

    private void finished(Run run, RunResult result, Throwable error) {
        if (run != current) {
            return;
        }
        if (error != null || result == null) {
            say(run.label + " ended without a result: " + (error == null ? "unknown" : rootMessage(error)));
            end(RunState.FAILED);
            return;
        }
        lastResult.set(result);
        String took = String.format("%.1f s", result.duration().toMillis() / 1000.0);
        switch (result.state()) {
            case FINISHED -> say(run.label + " finished in " + took
                    + (result.rejectedTotal() == 0 ? "" : ", " + result.rejectedTotal() + " records rejected"
                            + (result.rejectedFile() == null ? "" : " (kept in " + result.rejectedFile() + ")")));
            case CANCELED -> say(run.label + " cancelled after " + took);
            default -> {
                RunFailure cause = result.failure();
                // the trace first: the log follows its newest line, which is then the root cause
                if (cause != null && cause.stackTrace() != null) {
                    say(run.label + ": stack trace of the failure");
                    cause.stackTrace().lines().limit(40).forEach(line -> say("    " + line));
                }
                say(run.label + " failed after " + took + ": " + (cause == null ? "no cause given" : cause));
                failure.set(cause);
            }
        }
        end(result.state());
    }

    private void end(RunState finalState) {
        state.set(finalState);
        running.set(false);
        tick();
        ticker.stop();
    }

    private void tick() {
        Run run = current;
        if (run != null) {
            elapsed.set(String.format("%.1f s", (System.nanoTime() - run.startedNanos) / 1e9));
        }
    }

    /** Appends a line to the run log, keeping it bounded. */
    public void say(String line) {
        log.add(line);
        if (log.size() > LOG_LIMIT) {
            log.remove(0, log.size() - LOG_LIMIT);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while ((root instanceof CompletionException || root instanceof java.util.concurrent.ExecutionException)
                && root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    /** One run: its label, its handle once submitted, and what its own listener heard. */
    private final class Run implements RunListener {
        final String label;
        final String pipelineName;
        final long startedNanos = System.nanoTime();
        final AtomicBoolean firstResult = new AtomicBoolean();
        volatile RunHandle handle;
        volatile boolean cancelRequested;

        Run(String label, String pipelineName) {
            this.label = label;
            this.pipelineName = pipelineName;
        }

        @Override
        public void onStateChanged(RunState next) {
            if (!next.isTerminal()) {
                Platform.runLater(() -> {
                    if (current == this && running.get()) {
                        state.set(next);
                    }
                });
            }
        }

        @Override
        public void onRecord(String sinkNodeId, List<Object> values) {
            firstResult();
        }

        @Override
        public void onOutput(String nodeId, String port, List<Object> values) {
            firstResult();
        }

        private void firstResult() {
            if (!firstResult.get() && firstResult.compareAndSet(false, true)) {
                long millis = (System.nanoTime() - startedNanos) / 1_000_000;
                Platform.runLater(() -> {
                    if (current == this) {
                        firstResultMillis.set(millis);
                        say(label + ": first result after " + millis + " ms");
                    }
                });
            }
        }
    }
}
