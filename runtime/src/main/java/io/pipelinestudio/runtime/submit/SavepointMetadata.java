package io.pipelinestudio.runtime.submit;

import java.io.DataInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.runtime.checkpoint.Checkpoints;
import org.apache.flink.runtime.checkpoint.OperatorState;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.runtime.checkpoint.metadata.CheckpointMetadata;
import org.apache.flink.runtime.state.CompletedCheckpointStorageLocation;
import org.apache.flink.runtime.state.filesystem.AbstractFsCheckpointStorageAccess;

/**
 * The operators a savepoint lists, read from its {@code _metadata} file the way Flink resolves and reads it
 * on restore, with whether each holds state; the state itself is not read.
 */
public final class SavepointMetadata {
    /**
     * One operator of the job that took the savepoint: its id (hex), the uid and name Flink recorded for it
     * (null when it recorded none), and the bytes of state it holds (0 and {@code holdsState} false when empty).
     */
    public record SavedOperator(String id, String uid, String name, boolean holdsState, long bytes) {}

    private final String location;
    private final List<SavedOperator> operators;

    SavepointMetadata(String location, List<SavedOperator> operators) {
        this.location = location;
        this.operators = List.copyOf(operators);
    }

    /**
     * Reads the savepoint at {@code pointer}: its directory or its {@code _metadata} file, as a path or a URI
     * of a file system this process can read ({@code file:} always).
     */
    public static SavepointMetadata read(String pointer) throws IOException {
        CompletedCheckpointStorageLocation location = AbstractFsCheckpointStorageAccess.resolveCheckpointPointer(pointer);
        CheckpointMetadata metadata;
        try (DataInputStream in = new DataInputStream(location.getMetadataHandle().openInputStream())) {
            metadata = Checkpoints.loadCheckpointMetadata(in, SavepointMetadata.class.getClassLoader(),
                    location.getExternalPointer());
        }
        List<SavedOperator> operators = new ArrayList<>();
        for (OperatorState state : metadata.getOperatorStates()) {
            operators.add(new SavedOperator(state.getOperatorID().toHexString(), state.getOperatorUid().orElse(null),
                    state.getOperatorName().orElse(null), holdsState(state), state.getStateSize()));
        }
        return new SavepointMetadata(location.getExternalPointer(), operators);
    }

    /** Flink's own test on restore: an operator's state counts if its coordinator or any subtask kept some. */
    private static boolean holdsState(OperatorState state) {
        if (state.getCoordinatorState() != null) {
            return true;
        }
        for (OperatorSubtaskState subtask : state.getStates()) {
            if (subtask.hasState()) {
                return true;
            }
        }
        return false;
    }

    /** The savepoint's directory, as Flink names it ({@code file:/...}). */
    public String location() {
        return location;
    }

    public List<SavedOperator> operators() {
        return operators;
    }
}
