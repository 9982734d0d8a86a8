package io.pipelinestudio.runtime.compile;

import io.pipelinestudio.model.Pipeline;
import io.pipelinestudio.model.node.CsvSinkNode;
import io.pipelinestudio.model.node.Node;
import io.pipelinestudio.model.node.NodeFamily;
import io.pipelinestudio.model.validate.ExecutionMode;
import io.pipelinestudio.model.validate.ValidationReport;
import io.pipelinestudio.runtime.functions.RejectedRecord;
import io.pipelinestudio.runtime.io.LineFileSink;
import io.pipelinestudio.runtime.io.SinkTap;
import io.pipelinestudio.runtime.io.TapSink;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
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
 * Compiles a validated, parameter-bound pipeline into a Flink DataStream job, one translator per node,
 * in topological order. Generic types are disabled, so a record type that would fall back to Kryo fails
 * the compilation instead of slowing the job down.
 */
public final class PipelineCompiler {
    /** The columns of the rejected-records file. */
    public static final String REJECTED_HEADER = "node\treason\tinput";

    private PipelineCompiler() {}

    public static CompiledJob compile(ValidationReport report, CompileOptions options) {
        if (!report.valid()) {
            throw new IllegalArgumentException("Expected a valid pipeline but found problems: " + report.errors());
        }
        Pipeline pipeline = report.pipeline();
        StreamExecutionEnvironment env = new StreamExecutionEnvironment(configuration(pipeline, options));
        TranslationContext context = new TranslationContext(env, report, options);
        for (String id : report.topologicalOrder()) {
            Node node = pipeline.node(id).orElseThrow();
            Translators.forNode(node).translate(node, context);
            keepSingleInstance(node, context);
            watchOutputs(node, context, options.taps());
        }
        Path rejectedFile = sinkRejected(pipeline, context, options);
        return new CompiledJob(jobName(pipeline), env, rejectedFile);
    }

    /**
     * A node fed only by a single instance (a train node's steps) runs as one too, unless it partitions:
     * its records then stay in order, and a loss curve is written step after step.
     */
    private static void keepSingleInstance(Node node, TranslationContext context) {
        if (node.family() == NodeFamily.PARTITION || !context.inputsAreSingle(node)) {
            return;
        }
        for (DataStream<Row> output : context.outputs(node)) {
            if (output instanceof SingleOutputStreamOperator) {
                ((SingleOutputStreamOperator<Row>) output).setParallelism(1);
            }
        }
    }

    /** Gives the live listener what it watches of the node's outputs, through a sink of its own. */
    private static void watchOutputs(Node node, TranslationContext context, TapProvider taps) {
        for (String port : node.outputPorts()) {
            SinkTap<Row> tap = taps.output(node.id(), port);
            DataStream<Row> stream = context.builtOutput(node, port);
            if (tap != null && stream != null) {
                stream.sinkTo(new TapSink<>(tap))
                        .name(AbstractNodeTranslator.name(node, "watch " + port))
                        .uid(AbstractNodeTranslator.uid(node, "watch-" + port))
                        .setParallelism(stream.getParallelism());
            }
        }
    }

    static Configuration configuration(Pipeline pipeline, CompileOptions options) {
        Configuration conf = new Configuration();
        conf.set(ExecutionOptions.RUNTIME_MODE, options.mode() == ExecutionMode.BATCH
                ? RuntimeExecutionMode.BATCH
                : RuntimeExecutionMode.STREAMING);
        conf.set(PipelineOptions.GENERIC_TYPES, false);
        // every function here builds new output records and keeps no reference to its input, so chained
        // operators can hand records on without Flink copying each one
        conf.set(PipelineOptions.OBJECT_REUSE, true);
        conf.set(PipelineOptions.NAME, jobName(pipeline));
        conf.set(CoreOptions.DEFAULT_PARALLELISM, options.parallelism());
        return conf;
    }

    private static Path sinkRejected(Pipeline pipeline, TranslationContext context, CompileOptions options) {
        List<DataStream<RejectedRecord>> streams = context.rejectedStreams();
        if (streams.isEmpty()) {
            return null;
        }
        DataStream<RejectedRecord> all = streams.get(0);
        if (streams.size() > 1) {
            @SuppressWarnings("unchecked")
            DataStream<RejectedRecord>[] rest = streams.subList(1, streams.size()).toArray(DataStream[]::new);
            all = all.union(rest);
        }
        Path file = rejectedFile(pipeline, options);
        all.sinkTo(new LineFileSink<>(file.toString(), REJECTED_HEADER, PipelineCompiler::encodeRejected, true,
                        options.taps().rejected()))
                .name("Rejected records")
                .uid("pipeline/rejected")
                .setParallelism(1);
        return file;
    }

    /** One line of the rejected-records file: node, reason and input, tab-separated. */
    public static String encodeRejected(RejectedRecord record) {
        return record.nodeId + "\t" + record.reason.replace('\t', ' ') + "\t" + record.text;
    }

    /** Next to the first CSV sink's file, else in the working directory, named after the pipeline. */
    static Path rejectedFile(Pipeline pipeline, CompileOptions options) {
        if (options.rejectedPath() != null) {
            return options.rejectedPath().toAbsolutePath();
        }
        return pipeline.nodes().stream()
                .filter(CsvSinkNode.class::isInstance)
                .map(n -> Paths.get(((CsvSinkNode) n).path() + ".rejected.tsv"))
                .findFirst()
                .orElse(Paths.get(jobName(pipeline).replaceAll("[^A-Za-z0-9._-]", "_") + ".rejected.tsv"))
                .toAbsolutePath();
    }

    static String jobName(Pipeline pipeline) {
        return pipeline.name() == null || pipeline.name().isBlank() ? "pipeline" : pipeline.name();
    }
}
