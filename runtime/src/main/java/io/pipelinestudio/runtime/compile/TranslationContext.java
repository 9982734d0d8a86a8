package io.pipelinestudio.runtime.compile;

import io.pipelinestudio.model.Edge;
import io.pipelinestudio.model.node.Node;
import io.pipelinestudio.model.schema.Schema;
import io.pipelinestudio.model.validate.PortRef;
import io.pipelinestudio.model.validate.StreamInfo;
import io.pipelinestudio.model.validate.ValidationReport;
import io.pipelinestudio.runtime.functions.RejectedRecord;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.types.Row;

/**
 * What translators share while a pipeline becomes a job: the environment, the validator's knowledge of
 * every port, the streams built so far, and the rejected-record streams to collect.
 */
public final class TranslationContext {
    private final StreamExecutionEnvironment env;
    private final ValidationReport report;
    private final CompileOptions options;
    private final Map<PortRef, DataStream<Row>> streams = new HashMap<>();
    private final List<DataStream<RejectedRecord>> rejected = new ArrayList<>();

    TranslationContext(StreamExecutionEnvironment env, ValidationReport report, CompileOptions options) {
        this.env = env;
        this.report = report;
        this.options = options;
    }

    public StreamExecutionEnvironment env() {
        return env;
    }

    public CompileOptions options() {
        return options;
    }

    /** The stream connected to the node's input port {@code in}. */
    public DataStream<Row> input(Node node) {
        return input(node, Node.IN);
    }

    /** The stream connected to the named input port of the node. */
    public DataStream<Row> input(Node node, String port) {
        Edge edge = inputEdge(node, port);
        DataStream<Row> stream = streams.get(new PortRef(edge.from(), edge.fromPort()));
        if (stream == null) {
            throw new IllegalStateException("Expected " + edge.from() + " to be translated before " + node.id());
        }
        return stream;
    }

    public StreamInfo inputInfo(Node node) {
        Edge edge = inputEdge(node);
        return info(edge.from(), edge.fromPort());
    }

    public Schema inputSchema(Node node) {
        return inputInfo(node).schema();
    }

    public StreamInfo outputInfo(Node node, String port) {
        return info(node.id(), port);
    }

    public Schema outputSchema(Node node) {
        return outputInfo(node, Node.OUT).schema();
    }

    /** Whether every input of the node comes from a single instance (as after a train node). */
    boolean inputsAreSingle(Node node) {
        return !node.inputPorts().isEmpty()
                && node.inputPorts().stream().allMatch(port -> input(node, port).getParallelism() == 1);
    }

    /** The node's output streams, one per connected or unconnected output port that was built. */
    List<DataStream<Row>> outputs(Node node) {
        List<DataStream<Row>> outputs = new ArrayList<>();
        for (String port : node.outputPorts()) {
            DataStream<Row> stream = builtOutput(node, port);
            if (stream != null) {
                outputs.add(stream);
            }
        }
        return outputs;
    }

    /** The stream built for the node's output port, or null if its translator built none. */
    DataStream<Row> builtOutput(Node node, String port) {
        return streams.get(new PortRef(node.id(), port));
    }

    public void output(Node node, String port, DataStream<Row> stream) {
        streams.put(new PortRef(node.id(), port), stream);
    }

    public boolean isConnected(Node node, String port) {
        return report.pipeline().edges().stream()
                .anyMatch(e -> e.from().equals(node.id()) && e.fromPort().equals(port));
    }

    public void reject(DataStream<RejectedRecord> stream) {
        rejected.add(stream);
    }

    List<DataStream<RejectedRecord>> rejectedStreams() {
        return rejected;
    }

    private Edge inputEdge(Node node) {
        return inputEdge(node, Node.IN);
    }

    private Edge inputEdge(Node node, String port) {
        return report.pipeline().edges().stream()
                .filter(e -> e.to().equals(node.id()) && e.toPort().equals(port))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("Expected a connected input on " + node.id()));
    }

    private StreamInfo info(String node, String port) {
        return report.stream(node, port).orElseThrow(() -> new IllegalStateException(
                "Expected the validator to have inferred " + node + "." + port + " but found nothing"));
    }
}
