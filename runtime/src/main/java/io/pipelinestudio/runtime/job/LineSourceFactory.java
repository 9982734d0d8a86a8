package io.pipelinestudio.runtime.job;

import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * Supplies the text lines of a CSV source node in place of its file; the benchmark uses it to feed
 * generated lines through the very same parsing operators.
 */
@FunctionalInterface
public interface LineSourceFactory {
    DataStream<String> create(StreamExecutionEnvironment env, String nodeId);
}
