package io.pipelinestudio.runtime.submit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What restoring a savepoint into a new job would do to its state, found before anything is submitted and
 * told by node: state that no operator of the new job takes (Flink refuses it unless told to drop it), and
 * operators of the new job that keep state but are new, so start empty. Flink matches state to operators
 * by operator id, the hash of the uid Pipeline Studio derives from each node's id.
 */
public final class StateCompatibility {
    /**
     * State in the savepoint that the new job has no operator for: the operator's id (hex), its uid, the node
     * and label it belonged to (null when nothing names them), and its bytes.
     */
    public record DroppedState(String operatorId, String uid, String node, String label, long bytes) {
        /** The node the state belonged to, else the operator id: the line's target when it is reported. */
        public String target() {
            return node != null ? node : operatorId;
        }
    }

    private final List<DroppedState> dropped;
    private final List<JobOperators.JobOperator> startingEmpty;
    private final int restoredOperators;
    private final long restoredBytes;

    private StateCompatibility(List<DroppedState> dropped, List<JobOperators.JobOperator> startingEmpty,
            int restoredOperators, long restoredBytes) {
        this.dropped = List.copyOf(dropped);
        this.startingEmpty = List.copyOf(startingEmpty);
        this.restoredOperators = restoredOperators;
        this.restoredBytes = restoredBytes;
    }

    /**
     * Compares the savepoint with the new job's operators; {@code recorded} names the savepoint's operators
     * when Pipeline Studio wrote them down as it took the savepoint (null: only what {@code _metadata} says).
     */
    public static StateCompatibility compare(SavepointMetadata savepoint, JobOperators recorded, JobOperators next) {
        List<DroppedState> dropped = new ArrayList<>();
        Set<String> saved = new java.util.HashSet<>();
        int restored = 0;
        long restoredBytes = 0;
        for (SavepointMetadata.SavedOperator operator : savepoint.operators()) {
            saved.add(operator.id());
            if (!operator.holdsState()) {
                continue; // Flink skips empty state of an operator that is gone
            }
            if (next.byId(operator.id()).isPresent()) {
                restored++;
                restoredBytes += operator.bytes();
                continue;
            }
            JobOperators.JobOperator known = recorded == null ? null : recorded.byId(operator.id()).orElse(null);
            String uid = known != null && known.uid() != null ? known.uid() : operator.uid();
            String node = known != null && known.node() != null ? known.node() : OperatorUid.nodeOf(operator.uid());
            String label = known != null && known.label() != null ? known.label() : operator.name();
            dropped.add(new DroppedState(operator.id(), uid, node, label, operator.bytes()));
        }
        List<JobOperators.JobOperator> empty = next.operators().stream()
                .filter(o -> o.stateful() && !saved.contains(o.id()))
                .toList();
        return new StateCompatibility(dropped, empty, restored, restoredBytes);
    }

    /** Whether every piece of state in the savepoint has an operator to go to. */
    public boolean keepsAllState() {
        return dropped.isEmpty();
    }

    public List<DroppedState> dropped() {
        return dropped;
    }

    /** The new job's operators that keep state but have none in the savepoint. */
    public List<JobOperators.JobOperator> startingEmpty() {
        return startingEmpty;
    }

    /** How many operators of the new job get state from the savepoint. */
    public int restoredOperators() {
        return restoredOperators;
    }

    public long restoredBytes() {
        return restoredBytes;
    }

    /** One line per node (or unnamed operator) whose state would be dropped, as {@code node-id: message}. */
    public List<String> refusals() {
        List<String> lines = new ArrayList<>();
        droppedByTarget().forEach((target, states) -> lines.add(target + ": its state in the savepoint would be dropped: "
                + "the new job has no " + operators(states) + describe(states)));
        return lines;
    }

    /**
     * Warnings as {@code node-id: warning: message}: the nodes whose state is dropped (when the user allows it),
     * then the stateful nodes of the new job that start empty.
     */
    public List<String> warnings() {
        List<String> lines = new ArrayList<>();
        droppedByTarget().forEach((target, states) -> lines.add(target + ": warning: its state in the savepoint is "
                + "dropped: the new job has no " + operators(states) + describe(states)));
        Map<String, List<JobOperators.JobOperator>> byNode = startingEmpty.stream().collect(Collectors.groupingBy(
                StateCompatibility::target, LinkedHashMap::new, Collectors.toList()));
        byNode.forEach((target, operators) -> lines.add(target + ": warning: starts with empty state: the savepoint "
                + "holds none for its " + (operators.size() == 1 ? "operator " : "operators ")
                + operators.stream().map(o -> o.uid() != null ? "'" + o.uid() + "'" : o.id())
                        .collect(Collectors.joining(", "))));
        return lines;
    }

    /** The node, else what the uid names (such as {@code pipeline} for the rejected records), else the id. */
    private static String target(JobOperators.JobOperator operator) {
        String named = operator.node() != null ? operator.node() : OperatorUid.nodeOf(operator.uid());
        return named != null ? named : operator.id();
    }

    private Map<String, List<DroppedState>> droppedByTarget() {
        return dropped.stream().collect(Collectors.groupingBy(DroppedState::target, LinkedHashMap::new,
                Collectors.toList()));
    }

    private static String operators(List<DroppedState> states) {
        Set<String> names = new TreeSet<>();
        states.forEach(s -> names.add(s.uid() != null ? "'" + s.uid() + "'" : "with id " + s.operatorId()));
        return (names.size() == 1 ? "operator " : "operators ") + String.join(", ", names);
    }

    private static String describe(List<DroppedState> states) {
        long bytes = states.stream().mapToLong(DroppedState::bytes).sum();
        String label = states.stream().map(DroppedState::label).filter(l -> l != null && !l.isBlank())
                .findFirst().orElse(null);
        boolean named = states.stream().anyMatch(s -> s.node() != null);
        return " (" + (label != null ? "\"" + label + "\", " : "") + ByteSize.text(bytes) + " of state"
                + (named ? "" : "; the savepoint names no node for it") + ")";
    }
}
