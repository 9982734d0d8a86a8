package io.pipelinestudio.runtime.compile;

import io.pipelinestudio.model.node.FileSinkNode;
import io.pipelinestudio.model.node.MessageFormat;
import io.pipelinestudio.model.schema.Schema;
import io.pipelinestudio.runtime.codegen.JavaSource;
import io.pipelinestudio.runtime.io.DelimitedFormatter;
import io.pipelinestudio.runtime.io.JsonFormatter;
import io.pipelinestudio.runtime.io.LineFileEncoder;
import java.time.Duration;
import org.apache.flink.configuration.MemorySize;
import org.apache.flink.connector.file.sink.FileSink;
import org.apache.flink.core.fs.Path;
import org.apache.flink.streaming.api.functions.sink.filesystem.OutputFileConfig;
import org.apache.flink.streaming.api.functions.sink.filesystem.bucketassigners.BasePathBucketAssigner;
import org.apache.flink.streaming.api.functions.sink.filesystem.rollingpolicies.DefaultRollingPolicy;
import org.apache.flink.types.Row;

/**
 * A {@link NodeTranslator} for the {@link FileSinkNode}: Flink's {@code FileSink} in row format, every part
 * in the one directory, rolled by time or size and committed with checkpoints.
 */
final class FileSinkTranslator extends AbstractNodeTranslator<FileSinkNode> {
    @Override
    public void translate(FileSinkNode node, JavaSource java) {
        java.use(FileSink.class, Path.class, LineFileEncoder.class, Row.class, DefaultRollingPolicy.class,
                Duration.class, MemorySize.class, OutputFileConfig.class, BasePathBucketAssigner.class);
        Schema input = java.inputSchema(node);
        String format;
        String extension;
        if (node.format() == MessageFormat.JSON) {
            java.use(JsonFormatter.class);
            format = "new JsonFormatter(" + JavaSource.names(input.names()) + ")";
            extension = ".json";
        } else {
            java.use(DelimitedFormatter.class);
            format = "new DelimitedFormatter(" + JavaSource.literal(node.delimiter().charAt(0)) + ")";
            extension = ".csv";
        }
        java.comment("rolling part files, each parallel writer its own; a part becomes visible when the checkpoint"
                + " after it completes (in BATCH mode, when the input ends)");
        String sink = java.declare("FileSink<Row>", node, "files", "FileSink"
                + "\n.forRowFormat(new Path(" + java.string(node.directory()) + "), new LineFileEncoder<Row>(" + format
                + "))"
                + "\n.withBucketAssigner(new BasePathBucketAssigner<Row>())"
                + "\n.withRollingPolicy(DefaultRollingPolicy.builder()"
                + "\n        .withRolloverInterval(Duration.ofMillis(" + JavaSource.literal(node.rolloverIntervalMs()) + "))"
                + "\n        .withInactivityInterval(Duration.ofMillis(" + JavaSource.literal(node.rolloverIntervalMs()) + "))"
                + "\n        .withMaxPartSize(new MemorySize(" + JavaSource.literal(node.maxPartSizeBytes()) + "))"
                + "\n        .build())"
                + "\n.withOutputFileConfig(OutputFileConfig.builder().withPartSuffix(" + JavaSource.literal(extension)
                + ").build())"
                + "\n.build()");
        java.statement(java.input(node) + "\n.sinkTo(" + sink + ")" + java.identify(name(node, ""), uid(node, "")));
    }
}
