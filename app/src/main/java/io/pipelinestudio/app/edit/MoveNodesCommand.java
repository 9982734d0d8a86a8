package io.pipelinestudio.app.edit;

import io.pipelinestudio.model.Pipeline;
import io.pipelinestudio.model.Position;
import java.util.Map;
import java.util.Objects;

/**
 * Moves nodes to new positions. The moves of one drag gesture carry the same gesture token and merge
 * into one undo entry.
 */
public final class MoveNodesCommand extends GraphEdit {
    private final Map<String, Position> positions;
    private final Object gesture;

    public MoveNodesCommand(PipelineTarget target, Map<String, Position> positions, Object gesture) {
        this(target, positions, gesture, "Move " + positions.size() + (positions.size() == 1 ? " node" : " nodes"));
    }

    public MoveNodesCommand(PipelineTarget target, Map<String, Position> positions, Object gesture,
            String description) {
        super(target, description);
        this.positions = Map.copyOf(positions);
        this.gesture = gesture;
    }

    @Override
    Pipeline apply(Pipeline pipeline) {
        boolean same = positions.entrySet().stream()
                .allMatch(e -> Objects.equals(pipeline.layout().get(e.getKey()), e.getValue()));
        return same ? pipeline : GraphOps.move(pipeline, positions);
    }

    @Override
    public boolean mergeWith(Command next) {
        if (gesture != null && next instanceof MoveNodesCommand move && gesture.equals(move.gesture)) {
            absorb(move);
            return true;
        }
        return false;
    }
}
