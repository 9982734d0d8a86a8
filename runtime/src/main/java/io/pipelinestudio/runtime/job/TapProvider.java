package io.pipelinestudio.runtime.job;

import io.pipelinestudio.runtime.functions.RejectedRecord;
import io.pipelinestudio.runtime.io.SinkTap;
import io.pipelinestudio.runtime.pace.PaceHandle;
import org.apache.flink.types.Row;

/** Gives each sink the tap through which its records also reach a live listener. */
public interface TapProvider {
    TapProvider NONE = new TapProvider() {
        @Override
        public SinkTap<Row> results(String sinkNodeId) {
            return SinkTap.none();
        }

        @Override
        public SinkTap<RejectedRecord> rejected() {
            return SinkTap.none();
        }
    };

    SinkTap<Row> results(String sinkNodeId);

    SinkTap<RejectedRecord> rejected();

    /**
     * The tap for a node's output port that a live listener watches (a window's results, a train node's
     * steps), or null when nobody watches it: an unwatched output costs nothing.
     */
    default SinkTap<Row> output(String nodeId, String port) {
        return null;
    }

    /** How the run's pace is found from inside the job, when the designer paces it; null otherwise. */
    default PaceHandle pace() {
        return null;
    }
}
