package io.pipelinestudio.runtime.run;

import io.pipelinestudio.runtime.job.TapProvider;
import io.pipelinestudio.runtime.functions.RejectedRecord;
import io.pipelinestudio.runtime.io.SinkTap;
import io.pipelinestudio.runtime.pace.PaceHandle;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.flink.types.Row;

/**
 * Connects the sinks of a job on the embedded cluster to the listener of its run. The cluster runs in
 * this process, so a serializable tap finds its listener by run id in a process-wide registry.
 */
final class LiveTaps {
    private static final Map<String, RunListener> LISTENERS = new ConcurrentHashMap<>();

    private LiveTaps() {}

    static void register(String runId, RunListener listener) {
        LISTENERS.put(runId, listener);
    }

    static void unregister(String runId) {
        LISTENERS.remove(runId);
    }

    static TapProvider provider(String runId, Set<String> watched, boolean paced) {
        return new TapProvider() {
            @Override
            public PaceHandle pace() {
                return paced ? new PaceHandle(runId) : null;
            }

            @Override
            public SinkTap<Row> output(String nodeId, String port) {
                return watched.contains(nodeId) ? new OutputTap(runId, nodeId, port) : null;
            }

            @Override
            public SinkTap<Row> results(String sinkNodeId) {
                return new ResultTap(runId, sinkNodeId);
            }

            @Override
            public SinkTap<RejectedRecord> rejected() {
                return new RejectedTap(runId);
            }
        };
    }

    private static final class ResultTap implements SinkTap<Row> {
        private static final long serialVersionUID = 1L;
        private final String runId;
        private final String nodeId;

        ResultTap(String runId, String nodeId) {
            this.runId = runId;
            this.nodeId = nodeId;
        }

        @Override
        public java.util.function.Consumer<Row> open() {
            RunListener listener = LISTENERS.get(runId);
            if (listener == null) {
                return null;
            }
            return row -> listener.onRecord(nodeId, values(row));
        }
    }

    private static final class OutputTap implements SinkTap<Row> {
        private static final long serialVersionUID = 1L;
        private final String runId;
        private final String nodeId;
        private final String port;

        OutputTap(String runId, String nodeId, String port) {
            this.runId = runId;
            this.nodeId = nodeId;
            this.port = port;
        }

        @Override
        public java.util.function.Consumer<Row> open() {
            RunListener listener = LISTENERS.get(runId);
            return listener == null ? null : row -> listener.onOutput(nodeId, port, values(row));
        }
    }

    /** A row's fields as a fresh list: the job reuses its rows, the listener may keep the values. */
    private static List<Object> values(Row row) {
        Object[] values = new Object[row.getArity()];
        for (int i = 0; i < values.length; i++) {
            values[i] = row.getField(i);
        }
        return Arrays.asList(values);
    }

    private static final class RejectedTap implements SinkTap<RejectedRecord> {
        private static final long serialVersionUID = 1L;
        private final String runId;

        RejectedTap(String runId) {
            this.runId = runId;
        }

        @Override
        public java.util.function.Consumer<RejectedRecord> open() {
            RunListener listener = LISTENERS.get(runId);
            return listener == null ? null : r -> listener.onRejected(r.nodeId, r.reason, r.text);
        }
    }
}
