package io.pipelinestudio.app.run;

import io.pipelinestudio.runtime.run.RunListener;
import io.pipelinestudio.runtime.run.RunState;
import java.util.List;

/** Hands every event of a run to several listeners; one that throws does not keep the others from hearing. */
final class FanOutListener implements RunListener {
    private final RunListener[] listeners;

    FanOutListener(List<RunListener> listeners) {
        this.listeners = listeners.toArray(RunListener[]::new);
    }

    @Override
    public void onStateChanged(RunState state) {
        for (RunListener listener : listeners) {
            try {
                listener.onStateChanged(state);
            } catch (RuntimeException e) {
                // a broken view must not break the run
            }
        }
    }

    @Override
    public void onRecord(String sinkNodeId, List<Object> values) {
        for (RunListener listener : listeners) {
            try {
                listener.onRecord(sinkNodeId, values);
            } catch (RuntimeException e) {
                // as above
            }
        }
    }

    @Override
    public void onOutput(String nodeId, String port, List<Object> values) {
        for (RunListener listener : listeners) {
            try {
                listener.onOutput(nodeId, port, values);
            } catch (RuntimeException e) {
                // as above
            }
        }
    }

    @Override
    public void onRejected(String nodeId, String reason, String input) {
        for (RunListener listener : listeners) {
            try {
                listener.onRejected(nodeId, reason, input);
            } catch (RuntimeException e) {
                // as above
            }
        }
    }
}
