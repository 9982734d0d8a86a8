package io.pipelinestudio.runtime.run;

import io.pipelinestudio.model.Pipeline;
import io.pipelinestudio.model.node.Node;
import io.pipelinestudio.runtime.compile.CompileOptions;
import io.pipelinestudio.runtime.compile.CompiledJob;
import io.pipelinestudio.runtime.compile.PipelineCompiler;
import io.pipelinestudio.runtime.compile.PreparedPipeline;
import io.pipelinestudio.runtime.functions.Rejections;
import io.pipelinestudio.runtime.io.InputFile;
import io.pipelinestudio.runtime.io.UnfinishedOutputs;
import io.pipelinestudio.runtime.pace.PaceHandle;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.apache.flink.api.common.JobID;
import org.apache.flink.api.common.JobStatus;
import org.apache.flink.runtime.jobgraph.JobGraph;
import org.apache.flink.runtime.jobmaster.JobResult;
import org.apache.flink.streaming.api.graph.StreamGraph;
import org.apache.flink.util.OptionalFailure;
import org.apache.flink.util.SerializedValue;

/**
 * Runs pipelines on the embedded Flink cluster: binds parameters, validates (refusing an invalid
 * pipeline before anything runs), compiles, submits, follows the job's state and reports how it
 * ended. One runner serves many runs; its cluster starts once.
 */
public final class PipelineRunner implements AutoCloseable {
    private static final long POLL_MS = 50;
    private final EmbeddedCluster cluster;
    private final int defaultParallelism;
    private final ExecutorService monitors = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "pipeline-run-monitor");
        thread.setDaemon(true);
        return thread;
    });

    public PipelineRunner() {
        this(Math.max(1, Runtime.getRuntime().availableProcessors()));
    }

    public PipelineRunner(int defaultParallelism) {
        this.defaultParallelism = defaultParallelism;
        // room for two runs side by side, as the batch-versus-streaming comparison needs
        this.cluster = new EmbeddedCluster(defaultParallelism * 2);
    }

    /** Starts the embedded cluster in the background, so that the first run does not wait for it. */
    public CompletableFuture<?> warmUp() {
        return cluster.start();
    }

    public Optional<URI> dashboard() {
        return cluster.dashboard();
    }

    /** Prepares (refusing, with every problem, a pipeline that cannot run), then starts it. */
    public RunHandle start(Pipeline pipeline, RunOptions options) throws InvalidPipelineException {
        return start(PreparedPipeline.prepare(pipeline, options.mode(), options.parameters()), options);
    }

    /**
     * Compiles and submits in the background, in the prepared pipeline's mode; returns without blocking on
     * Flink.
     */
    public RunHandle start(PreparedPipeline prepared, RunOptions options) {
        Run run = new Run(UUID.randomUUID().toString(), options.listener());
        // the cluster starts while the job class compiles
        cluster.start();
        monitors.execute(() -> execute(run, prepared, options));
        return run;
    }

    /** Runs to the end and returns how it ended. */
    public RunResult run(Pipeline pipeline, RunOptions options) throws InvalidPipelineException {
        return start(pipeline, options).result().join();
    }

    private void execute(Run run, PreparedPipeline prepared, RunOptions options) {
        long started = System.nanoTime();
        // what the user must fix is named on its node before a job starts
        Optional<RunFailure> missing = missingInput(prepared.bound())
                .or(() -> KafkaReachability.firstUnreachable(prepared.bound()));
        if (missing.isPresent()) {
            run.finish(new RunResult(RunState.FAILED, elapsed(started), Map.of(), null, missing.get()));
            return;
        }
        LiveTaps.register(run.runId(), options.listener());
        if (options.pace() != null) {
            PaceHandle.register(run.runId(), options.pace());
        }
        try {
            int parallelism = options.parallelism() > 0 ? options.parallelism() : defaultParallelism;
            CompiledJob job = PipelineCompiler.compile(prepared, new CompileOptions(parallelism,
                    options.rejectedPath(), LiveTaps.provider(run.runId(), options.watched(),
                    options.pace() != null), Map.of()));
            StreamGraph streamGraph = job.streamGraph();
            JobGraph jobGraph = cluster.jobGraph(streamGraph);
            run.probe = LoadProbe.of(streamGraph, jobGraph);
            JobID jobId = cluster.submit(jobGraph);
            run.submitted(jobId, cluster);
            JobResult result = follow(run, jobId);
            RunResult outcome = toRunResult(result, job, started);
            if (outcome.state() == RunState.FAILED) {
                // a failed job leaves its files as they were before it, not half-written beside them; a stopped
                // one keeps what it wrote so far in FILE.inprogress, which the person may want (the soak reads it)
                UnfinishedOutputs.remove(prepared.bound(), job.rejectedFile());
            }
            run.finish(outcome);
        } catch (Throwable e) {
            // whatever went wrong, the result must complete: callers wait on it
            try {
                run.finish(new RunResult(RunState.FAILED, elapsed(started), Map.of(), null, Failures.describe(e)));
            } catch (Throwable describing) {
                // describing it failed too (a class that can no longer be loaded, because a build replaced
                // the jars under a long run, say): the caller still hears of the failure, with its cause
                e.addSuppressed(describing);
                run.abandon(e);
            }
        } finally {
            LiveTaps.unregister(run.runId());
            PaceHandle.unregister(run.runId());
        }
    }

    private JobResult follow(Run run, JobID jobId) throws Exception {
        CompletableFuture<JobResult> result = cluster.result(jobId);
        while (!result.isDone()) {
            try {
                JobStatus status = cluster.status(jobId).get(5, TimeUnit.SECONDS);
                run.observe(status);
            } catch (Exception e) {
                // the job may finish between the two calls; its result tells the rest
            }
            try {
                result.get(POLL_MS, TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                // still running
            }
        }
        return result.get();
    }

    private RunResult toRunResult(JobResult result, CompiledJob job, long started) throws Exception {
        ClassLoader loader = getClass().getClassLoader();
        JobStatus status = result.getJobStatus().orElse(JobStatus.FAILED);
        if (status == JobStatus.CANCELED) {
            return new RunResult(RunState.CANCELED, elapsed(started), Map.of(), null, null);
        }
        if (!result.isSuccess()) {
            Throwable failure = result.getSerializedThrowable()
                    .map(t -> t.deserializeError(loader))
                    .orElse(new IllegalStateException("the job ended as " + status + " without a cause"));
            return new RunResult(RunState.FAILED, elapsed(started), Map.of(), null, Failures.describe(failure));
        }
        Map<String, Long> rejected = new HashMap<>();
        for (Map.Entry<String, SerializedValue<OptionalFailure<Object>>> entry
                : result.getAccumulatorResults().entrySet()) {
            String node = Rejections.nodeOfCounter(entry.getKey());
            if (node != null) {
                Object value = entry.getValue().deserializeValue(loader).getUnchecked();
                rejected.merge(node, ((Number) value).longValue(), Long::sum);
            }
        }
        rejected.values().removeIf(count -> count == 0);
        Path rejectedFile = job.rejectedFile() != null && Files.exists(job.rejectedFile()) ? job.rejectedFile() : null;
        return new RunResult(RunState.FINISHED, elapsed(started), rejected, rejectedFile, null);
    }

    /** A missing input file, or a folder, is the user's to fix, so it is named on its node before a job starts. */
    private static Optional<RunFailure> missingInput(Pipeline pipeline) {
        for (Node node : pipeline.nodes()) {
            for (String file : node.filesRead()) {
                Optional<InputFile> problem = InputFile.problem(file);
                if (problem.isPresent()) {
                    return Optional.of(new RunFailure(node.id(), problem.get().message(), null));
                }
            }
        }
        return Optional.empty();
    }

    private static Duration elapsed(long startedNanos) {
        return Duration.ofNanos(System.nanoTime() - startedNanos);
    }

    @Override
    public void close() throws Exception {
        monitors.shutdownNow();
        cluster.close();
    }

    /** One run's state, shared between the caller's handle and the monitor thread. */
    private static final class Run implements RunHandle {
        private final String runId;
        private final RunListener listener;
        private final CompletableFuture<RunResult> result = new CompletableFuture<>();
        private volatile RunState state = RunState.CREATED;
        private JobID jobId;
        private EmbeddedCluster cluster;
        private boolean cancelRequested;
        private volatile LoadProbe probe;

        Run(String runId, RunListener listener) {
            this.runId = runId;
            this.listener = listener;
            listener.onStateChanged(RunState.CREATED);
        }

        @Override
        public String runId() {
            return runId;
        }

        @Override
        public RunState state() {
            return state;
        }

        @Override
        public CompletableFuture<RunResult> result() {
            return result;
        }

        @Override
        public void cancel() {
            JobID job;
            EmbeddedCluster target;
            synchronized (this) {
                cancelRequested = true;
                job = jobId;
                target = cluster;
            }
            if (job != null) {
                target.cancel(job);
            }
        }

        @Override
        public Map<String, NodeLoad> load() {
            return fromRunningJob(LoadProbe::read, Map.of());
        }

        @Override
        public Map<String, java.util.List<Long>> watermarks() {
            return fromRunningJob(LoadProbe::watermarks, Map.of());
        }

        /** What the probe reads from the cluster running the job, or {@code none} before it runs and after. */
        private <T> T fromRunningJob(java.util.function.BiFunction<LoadProbe, URI, T> read, T none) {
            LoadProbe current = probe;
            EmbeddedCluster target;
            synchronized (this) {
                target = cluster;
            }
            if (current == null || target == null || state != RunState.RUNNING) {
                return none;
            }
            return target.dashboard().map(rest -> read.apply(current, rest)).orElse(none);
        }

        void submitted(JobID job, EmbeddedCluster owner) {
            boolean cancelNow;
            synchronized (this) {
                jobId = job;
                cluster = owner;
                cancelNow = cancelRequested;
            }
            if (cancelNow) {
                owner.cancel(job);
            }
        }

        void observe(JobStatus status) {
            if (status == JobStatus.RUNNING) {
                moveTo(RunState.RUNNING);
            }
        }

        /** Completes the result with the failure itself, when not even a failed result can be built. */
        void abandon(Throwable failure) {
            result.completeExceptionally(failure);
        }

        void finish(RunResult runResult) {
            try {
                moveTo(runResult.state());
            } finally {
                // a listener that throws must not leave the caller waiting forever
                result.complete(runResult);
            }
        }

        private void moveTo(RunState next) {
            if (state != next && !state.isTerminal()) {
                state = next;
                listener.onStateChanged(next);
            }
        }
    }
}
