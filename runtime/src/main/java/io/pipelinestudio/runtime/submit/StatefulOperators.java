package io.pipelinestudio.runtime.submit;

import org.apache.flink.api.common.functions.Function;
import org.apache.flink.api.connector.sink2.SupportsWriterState;
import org.apache.flink.streaming.api.checkpoint.CheckpointedFunction;
import org.apache.flink.streaming.api.functions.co.BaseBroadcastProcessFunction;
import org.apache.flink.streaming.api.graph.StreamNode;
import org.apache.flink.streaming.api.operators.AbstractUdfStreamOperator;
import org.apache.flink.streaming.api.operators.SimpleOperatorFactory;
import org.apache.flink.streaming.api.operators.SourceOperatorFactory;
import org.apache.flink.streaming.api.operators.StreamOperatorFactory;
import org.apache.flink.streaming.runtime.operators.sink.CommitterOperatorFactory;
import org.apache.flink.streaming.runtime.operators.sink.SinkWriterOperatorFactory;

/**
 * Whether an operator of a job about to run keeps state in its checkpoints, judged from the stream graph
 * before it runs: keyed operators (windows, reductions), sources (their splits and offsets), sinks that keep
 * writer state or committables, and functions that checkpoint their own or broadcast state.
 */
final class StatefulOperators {
    private StatefulOperators() {}

    static boolean keepsState(StreamNode node) {
        if (node.getStateKeySerializer() != null) {
            return true;
        }
        StreamOperatorFactory<?> factory = node.getOperatorFactory();
        if (factory instanceof SourceOperatorFactory || factory instanceof CommitterOperatorFactory) {
            return true;
        }
        if (factory instanceof SinkWriterOperatorFactory<?, ?> writer) {
            return writer.getSink() instanceof SupportsWriterState;
        }
        if (factory instanceof SimpleOperatorFactory<?> simple
                && simple.getOperator() instanceof AbstractUdfStreamOperator<?, ?> udf) {
            Function function = udf.getUserFunction();
            return function instanceof CheckpointedFunction || function instanceof BaseBroadcastProcessFunction;
        }
        return false;
    }
}
