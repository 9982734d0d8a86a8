package io.pipelinestudio.runtime.job;

import io.pipelinestudio.runtime.pace.EventTimePacer;
import io.pipelinestudio.runtime.pace.PaceHandle;
import io.pipelinestudio.model.validate.ExecutionMode;
import io.pipelinestudio.runtime.functions.RejectedRecord;
import io.pipelinestudio.runtime.functions.Rejections;
import io.pipelinestudio.runtime.io.SinkTap;
import io.pipelinestudio.runtime.io.TapSink;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.CoreOptions;
import org.apache.flink.configuration.ExecutionOptions;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.types.Row;

/**
 * What a generated job's {@code build} method asks of whoever runs it: parameter values, the execution
 * mode, where the rejected records go, and the taps through which a run inside Pipeline Studio also
 * hands records to the designer. A job started from the command line or on a cluster gets one from its
 * program arguments, with no taps; Pipeline Studio's own runs give one with taps, so that both run the
 * very same code.
 */
public final class JobContext {
    private final JobArguments arguments;
    private final boolean planOnly;
    private final TapProvider taps;
    private final Map<String, LineSourceFactory> lineSources;
    private Path rejectedFile;

    public JobContext(JobArguments arguments, TapProvider taps, Map<String, LineSourceFactory> lineSources) {
        this(arguments, false, taps, lineSources);
    }

    private JobContext(JobArguments arguments, boolean planOnly, TapProvider taps,
            Map<String, LineSourceFactory> lineSources) {
        this.arguments = arguments;
        this.planOnly = planOnly;
        this.taps = taps == null ? TapProvider.NONE : taps;
        this.lineSources = lineSources == null ? Map.of() : Map.copyOf(lineSources);
    }

    /**
     * A job's context from its program arguments ({@code --param NAME=VALUE}, {@code --mode batch|streaming},
     * {@code --parallelism N}, {@code --rejected FILE}, {@code --plan}) over the defaults it was generated with
     * (a parallelism of 0 leaves it to the cluster).
     */
    public static JobContext fromArguments(String[] args, Map<String, String> defaults, RuntimeExecutionMode mode,
            int parallelism) {
        List<String> given = new ArrayList<>(Arrays.asList(args));
        boolean planOnly = given.remove("--plan");
        ExecutionMode defaultMode = mode == RuntimeExecutionMode.BATCH ? ExecutionMode.BATCH : ExecutionMode.STREAMING;
        JobArguments arguments = JobArguments.of(defaultMode, defaults, parallelism).override(given);
        return new JobContext(arguments, planOnly, TapProvider.NONE, Map.of());
    }

    /** A parameter's value: given with {@code --param NAME=VALUE}, else its default. */
    public String parameter(String name) {
        String value = arguments.parameters().get(name);
        if (value == null) {
            throw new IllegalArgumentException("Expected --param " + name + "=VALUE: the parameter has no default");
        }
        return value;
    }

    public boolean batch() {
        return arguments.mode() == ExecutionMode.BATCH;
    }

    /**
     * The job's settings: the execution mode, no generic types (every record has a declared type, so
     * nothing falls back to Kryo), object reuse, its name and, when given, its parallelism.
     */
    public Configuration configuration(String jobName) {
        Configuration conf = new Configuration();
        conf.set(ExecutionOptions.RUNTIME_MODE, batch() ? RuntimeExecutionMode.BATCH : RuntimeExecutionMode.STREAMING);
        conf.set(PipelineOptions.GENERIC_TYPES, false);
        // every function builds new output records and keeps no reference to its input, so chained
        // operators can hand records on without Flink copying each one
        conf.set(PipelineOptions.OBJECT_REUSE, true);
        conf.set(PipelineOptions.NAME, jobName);
        if (arguments.parallelism() > 0) {
            conf.set(CoreOptions.DEFAULT_PARALLELISM, arguments.parallelism());
        }
        return conf;
    }

    /** Where a sink also hands its records during a run in Pipeline Studio; nowhere otherwise. */
    public SinkTap<Row> results(String sinkNodeId) {
        return taps.results(sinkNodeId);
    }

    /** Where the rejected records are also handed during a run in Pipeline Studio; nowhere otherwise. */
    public SinkTap<RejectedRecord> rejectedTap() {
        return taps.rejected();
    }

    /** Hands a node's output to the designer's live views when they watch it; adds nothing otherwise. */
    public void watch(DataStream<Row> stream, String nodeId, String port) {
        SinkTap<Row> tap = taps.output(nodeId, port);
        if (tap != null) {
            stream.sinkTo(new TapSink<>(tap))
                    .name(nodeId + " (watch " + port + ")")
                    .uid(nodeId + "/watch-" + port)
                    .setParallelism(stream.getParallelism());
        }
    }

    /**
     * In Pipeline Studio, lets a streaming run's records go no faster than the chosen replay speed and holds
     * them while the run is paused; anywhere else, and in BATCH mode, it is {@code stream} itself.
     */
    public <T> SingleOutputStreamOperator<T> replayed(SingleOutputStreamOperator<T> stream, String nodeId) {
        PaceHandle handle = taps.pace();
        if (handle == null || batch()) {
            return stream;
        }
        return stream.process(new EventTimePacer<T>(handle)).returns(stream.getType())
                .name(nodeId + " (replay)")
                .uid(nodeId + "/replay")
                .setParallelism(stream.getParallelism());
    }

    /** How a train node finds the run's steps per second and pause; null outside Pipeline Studio. */
    public PaceHandle pace() {
        return taps.pace();
    }

    /** The lines a CSV source reads: its file's, unless a benchmark or test substitutes others. */
    public DataStream<String> lines(String nodeId, DataStream<String> fileLines) {
        LineSourceFactory substitute = lineSources.get(nodeId);
        return substitute == null ? fileLines : substitute.create(fileLines.getExecutionEnvironment(), nodeId);
    }

    /** The rejected-records file: {@code --rejected FILE} when given, else {@code defaultPath}. */
    public String rejectedFile(String defaultPath) {
        rejectedFile = (arguments.rejectedPath() != null ? arguments.rejectedPath() : Paths.get(defaultPath))
                .toAbsolutePath();
        return rejectedFile.toString();
    }

    /** The rejected-records file the job writes, once built; null when no node can reject. */
    public Path rejectedFile() {
        return rejectedFile;
    }

    /**
     * Runs the built job (or, with {@code --plan}, prints its execution plan as JSON instead) and reports
     * how many records each node rejected.
     */
    public void execute(StreamExecutionEnvironment env, String jobName) throws Exception {
        if (planOnly) {
            System.out.println(env.getExecutionPlan());
            return;
        }
        JobExecutionResult result = env.execute(jobName);
        if (result.isJobExecutionResult()) {
            String rejected = rejectedSummary(result.getAllAccumulatorResults());
            if (!rejected.isEmpty()) {
                System.err.println(rejected);
            }
        }
    }

    /** {@code rejected 4 records (events: 4)}, or nothing when no record was rejected. */
    static String rejectedSummary(Map<String, Object> accumulators) {
        long total = 0;
        Map<String, Long> perNode = new HashMap<>();
        for (Map.Entry<String, Object> entry : accumulators.entrySet()) {
            String node = Rejections.nodeOfCounter(entry.getKey());
            long count = entry.getValue() instanceof Number ? ((Number) entry.getValue()).longValue() : 0;
            if (node != null && count > 0) {
                total += count;
                perNode.merge(node, count, Long::sum);
            }
        }
        if (total == 0) {
            return "";
        }
        StringBuilder nodes = new StringBuilder();
        perNode.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> nodes
                .append(nodes.length() == 0 ? "" : ", ").append(e.getKey()).append(": ").append(e.getValue()));
        return "rejected " + total + " records (" + nodes + ")";
    }
}
