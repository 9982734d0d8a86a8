package io.pipelinestudio.runtime.compile;

import io.pipelinestudio.model.Pipeline;
import io.pipelinestudio.model.node.Node;
import io.pipelinestudio.model.node.SinkNode;
import io.pipelinestudio.model.validate.ValidationReport;
import io.pipelinestudio.runtime.codegen.JavaSource;
import io.pipelinestudio.runtime.functions.RejectedLines;
import io.pipelinestudio.runtime.functions.RejectedRecord;
import io.pipelinestudio.runtime.io.LineFileSink;
import java.util.List;
import java.util.Map;

/**
 * Writes a validated pipeline's job as Java source: each node through its translator's
 * {@link NodeTranslator#writeJava}, in the order {@link PipelineCompiler} translates them, then the
 * rejected-records sink the compiler adds.
 */
public final class JavaTranslation {
    /** The block id of the rejected-records sink, which belongs to no node. */
    public static final String REJECTED_BLOCK = "pipeline/rejected";

    private JavaTranslation() {}

    /** Every node's statements; a node that cannot be written fails the whole translation. */
    public static JavaSource write(ValidationReport report) {
        if (!report.valid()) {
            throw new IllegalArgumentException("Expected a valid pipeline but found problems: " + report.errors());
        }
        JavaSource java = new JavaSource(report);
        for (String id : report.topologicalOrder()) {
            writeNode(report.pipeline().node(id).orElseThrow(), java);
        }
        writeRejected(report.pipeline(), java);
        return java;
    }

    /**
     * As far as it goes: a node that cannot be written (an unfinished pipeline, a kind without Java
     * source yet) is recorded in {@code failures} by id, and the others are still written.
     */
    public static JavaSource writeWhatCan(ValidationReport report, Map<String, String> failures) {
        JavaSource java = new JavaSource(report);
        for (String id : report.topologicalOrder()) {
            try {
                writeNode(report.pipeline().node(id).orElseThrow(), java);
            } catch (RuntimeException e) {
                failures.put(id, e.getMessage());
            }
        }
        return java;
    }

    private static <N extends Node> void writeNode(N node, JavaSource java) {
        java.begin(node.id(), node.displayName() + " (" + node.kind() + " '" + node.id() + "')");
        Translators.forNode(node).translate(node, java);
    }

    private static void writeRejected(Pipeline pipeline, JavaSource java) {
        List<String> streams = java.rejectedStreams();
        if (streams.isEmpty()) {
            return;
        }
        java.use(RejectedRecord.class, LineFileSink.class, RejectedLines.class);
        java.begin(REJECTED_BLOCK, "Rejected records");
        java.comment("every record a node could not use, with the node and the reason, in one tab-separated file"
                + " next to the first CSV sink's (or --rejected FILE); a run that rejects nothing leaves no file");
        String path = pipeline.nodes().stream()
                .filter(SinkNode.class::isInstance)
                .flatMap(sink -> sink.filesWritten().stream())
                .map(file -> java.string(file) + " + \".rejected.tsv\"")
                .findFirst()
                .orElse(JavaSource.literal(defaultRejectedFile(pipeline)));
        String all = streams.get(0) + (streams.size() == 1 ? "" : "\n.union(" + String.join(", ", streams.subList(1,
                streams.size())) + ")");
        java.statement(all + "\n.sinkTo(new LineFileSink<RejectedRecord>(job.rejectedFile(" + path + "),\n        "
                + "RejectedLines.HEADER, new RejectedLines(), true, job.rejectedTap(), \"pipeline\"))"
                + java.identify("Rejected records", REJECTED_BLOCK) + "\n.setParallelism(1)");
    }

    /** Where rejected records go when the pipeline has no CSV sink: the working folder, named after the job. */
    static String defaultRejectedFile(Pipeline pipeline) {
        return jobName(pipeline).replaceAll("[^A-Za-z0-9._-]", "_") + ".rejected.tsv";
    }

    /** The job's name: the pipeline's, or "pipeline" when it has none. */
    public static String jobName(Pipeline pipeline) {
        return pipeline.name() == null || pipeline.name().isBlank() ? "pipeline" : pipeline.name();
    }
}
