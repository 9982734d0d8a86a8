package io.pipelinestudio.runtime.run;

import java.net.URI;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.apache.flink.api.common.JobID;
import org.apache.flink.api.common.JobStatus;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.MemorySize;
import org.apache.flink.configuration.MetricOptions;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.configuration.TaskManagerOptions;
import org.apache.flink.runtime.jobgraph.JobGraph;
import org.apache.flink.runtime.jobmaster.JobResult;
import org.apache.flink.runtime.minicluster.MiniCluster;
import org.apache.flink.runtime.minicluster.MiniClusterConfiguration;
import org.apache.flink.streaming.api.graph.StreamGraph;

/**
 * Flink's MiniCluster in this process, started once (in the background when asked early) and reused
 * by every run, so a second run of a small pipeline starts in well under a second.
 */
public final class EmbeddedCluster implements AutoCloseable {
    private final int slots;
    private CompletableFuture<MiniCluster> cluster;

    public EmbeddedCluster(int slots) {
        this.slots = slots;
    }

    /** Starts the cluster on a background thread if it is not started yet; never blocks. */
    public synchronized CompletableFuture<MiniCluster> start() {
        if (cluster == null) {
            cluster = CompletableFuture.supplyAsync(this::create);
        }
        return cluster;
    }

    /** The started cluster, waiting for it if needed. */
    public MiniCluster get() {
        try {
            return start().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while starting the embedded Flink cluster", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("The embedded Flink cluster failed to start: " + e.getCause(), e.getCause());
        }
    }

    private MiniCluster create() {
        Configuration conf = new Configuration();
        conf.set(TaskManagerOptions.NUM_TASK_SLOTS, slots);
        conf.set(TaskManagerOptions.MANAGED_MEMORY_SIZE, MemorySize.ofMebiBytes(64L * slots));
        conf.set(RestartStrategyOptions.RESTART_STRATEGY, "none");
        // the designer shows tasks' busy and backpressured time while a job runs: refresh them every second
        conf.set(MetricOptions.METRIC_FETCHER_UPDATE_INTERVAL, java.time.Duration.ofSeconds(1));
        MiniCluster miniCluster = new MiniCluster(new MiniClusterConfiguration.Builder()
                .setConfiguration(conf)
                .setNumTaskManagers(1)
                .setNumSlotsPerTaskManager(slots)
                .withRandomPorts()
                .build());
        try {
            miniCluster.start();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot start the embedded Flink cluster: " + e.getMessage(), e);
        }
        return miniCluster;
    }

    public JobID submit(StreamGraph graph) throws Exception {
        return submit(jobGraph(graph));
    }

    public JobGraph jobGraph(StreamGraph graph) {
        return graph.getJobGraph(Thread.currentThread().getContextClassLoader(), null);
    }

    public JobID submit(JobGraph jobGraph) throws Exception {
        MiniCluster miniCluster = get();
        miniCluster.submitJob(jobGraph).get();
        return jobGraph.getJobID();
    }

    public CompletableFuture<JobResult> result(JobID job) {
        return get().requestJobResult(job);
    }

    public CompletableFuture<JobStatus> status(JobID job) {
        return get().getJobStatus(job);
    }

    public CompletableFuture<?> cancel(JobID job) {
        return get().cancelJob(job);
    }

    /** The address of Flink's web dashboard, once the cluster runs. */
    public Optional<URI> dashboard() {
        CompletableFuture<MiniCluster> started;
        synchronized (this) {
            started = cluster;
        }
        if (started == null || !started.isDone() || started.isCompletedExceptionally()) {
            return Optional.empty();
        }
        return Optional.ofNullable(started.join().getRestAddress().getNow(null));
    }

    @Override
    public synchronized void close() throws Exception {
        if (cluster != null) {
            MiniCluster started = cluster.exceptionally(e -> null).get();
            if (started != null) {
                started.close();
            }
            cluster = null;
        }
    }
}
