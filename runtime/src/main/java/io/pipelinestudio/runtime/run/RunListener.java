package io.pipelinestudio.runtime.run;

import java.util.List;

/**
 * Receives a run's progress while it runs. Called on the job's own threads, often and concurrently:
 * implementations hand work to their own thread (the designer batches onto the FX thread) and never block.
 */
public interface RunListener {
    RunListener NONE = new RunListener() {};

    default void onStateChanged(RunState state) {}

    /** A record that reached a sink; {@code values} are in the order of the sink's input fields. */
    default void onRecord(String sinkNodeId, List<Object> values) {}

    /**
     * A record on an output the run watches ({@link RunOptions#watched()}), such as a window's results or
     * a train node's steps; {@code values} are in the order of the port's schema.
     */
    default void onOutput(String nodeId, String port, List<Object> values) {}

    /** An input a node could not use, kept in the rejected-records file. */
    default void onRejected(String nodeId, String reason, String input) {}
}
