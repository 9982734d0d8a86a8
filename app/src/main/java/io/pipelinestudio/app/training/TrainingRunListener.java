package io.pipelinestudio.app.training;

import io.pipelinestudio.model.node.Node;
import io.pipelinestudio.runtime.run.RunListener;
import io.pipelinestudio.runtime.run.RunState;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Hands one run's train-node steps and input rows to their curves on the job's threads, then asks the
 * throttle for a redraw; never touches the FX thread itself.
 */
final class TrainingRunListener implements RunListener {
    private final Map<String, List<TrainCurve>> byTrainNode;
    /** Keyed by {@code node + "." + port} of the outputs feeding a train node. */
    private final Map<String, List<TrainCurve>> byInput;
    private final List<TrainCurve> curves;
    private final FxThrottle throttle;

    TrainingRunListener(Map<String, List<TrainCurve>> byTrainNode, Map<String, List<TrainCurve>> byInput,
            FxThrottle throttle) {
        this.byTrainNode = Map.copyOf(byTrainNode);
        this.byInput = Map.copyOf(byInput);
        this.curves = byTrainNode.values().stream().flatMap(List::stream).toList();
        this.throttle = throttle;
    }

    static String inputKey(String nodeId, String port) {
        return nodeId + "." + port;
    }

    @Override
    public void onOutput(String nodeId, String port, List<Object> values) {
        boolean heard = false;
        if (Node.OUT.equals(port)) {
            for (TrainCurve curve : byTrainNode.getOrDefault(nodeId, List.of())) {
                curve.addStep(values);
                heard = true;
            }
        }
        for (TrainCurve curve : byInput.getOrDefault(inputKey(nodeId, port), List.of())) {
            curve.addInput(values);
            heard = true;
        }
        if (heard) {
            throttle.request();
        }
    }

    @Override
    public void onStateChanged(RunState state) {
        if (state.isTerminal()) {
            curves.forEach(curve -> curve.end(state.name().toLowerCase(Locale.ROOT)));
            throttle.request();
        }
    }
}
