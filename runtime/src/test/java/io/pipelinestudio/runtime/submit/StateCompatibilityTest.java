package io.pipelinestudio.runtime.submit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.flink.runtime.jobgraph.OperatorID;
import org.apache.flink.streaming.api.graph.StreamGraphHasherV2;
import org.junit.jupiter.api.Test;

/** What a restore would do to a savepoint's state, told by node, from savepoint and job operator lists. */
class StateCompatibilityTest {
    private static final String LOCATION = "file:/savepoints/savepoint-0000";

    private static String id(String uid) {
        return new OperatorID(StreamGraphHasherV2.generateUserSpecifiedHash(uid)).toHexString();
    }

    /** An operator of the savepoint, with the uid and name Flink 2.x records. */
    private static SavepointMetadata.SavedOperator saved(String uid, String name, long bytes) {
        return new SavepointMetadata.SavedOperator(id(uid), uid, name, bytes > 0, bytes);
    }

    /** An operator of the savepoint as older Flink versions record it: by id only. */
    private static SavepointMetadata.SavedOperator savedById(String uid, long bytes) {
        return new SavepointMetadata.SavedOperator(id(uid), null, null, bytes > 0, bytes);
    }

    private static JobOperators.JobOperator operator(String uid, String label, boolean stateful) {
        String node = uid.contains("/") ? uid.substring(0, uid.indexOf('/')) : uid;
        return new JobOperators.JobOperator(id(uid), uid, node, label, stateful);
    }

    private static JobOperators job(JobOperators.JobOperator... operators) {
        return new JobOperators("window-count", List.of(operators));
    }

    @Test
    void stateOfARenamedNodeWouldBeDroppedAndTheNewNodeStartsEmpty() {
        SavepointMetadata savepoint = new SavepointMetadata(LOCATION, List.of(
                saved("events/read", "Source: Events (read)", 685), saved("count", "Count per 10 s", 5_114)));
        JobOperators next = job(operator("events/read", "Events", true), operator("count2", "Count per 10 s", true));

        StateCompatibility state = StateCompatibility.compare(savepoint, null, next);

        assertThat(state.keepsAllState()).isFalse();
        assertThat(state.refusals()).containsExactly("count: its state in the savepoint would be dropped: the new job "
                + "has no operator 'count' (\"Count per 10 s\", 5.1 kB of state)");
        assertThat(state.warnings()).containsExactly(
                "count: warning: its state in the savepoint is dropped: the new job has no operator 'count' "
                        + "(\"Count per 10 s\", 5.1 kB of state)",
                "count2: warning: starts with empty state: the savepoint holds none for its operator 'count2'");
        assertThat(state.restoredOperators()).isEqualTo(1);
        assertThat(state.restoredBytes()).isEqualTo(685);
    }

    @Test
    void namesWrittenBesideTheSavepointNameOperatorsItsMetadataDoesNot() {
        SavepointMetadata savepoint = new SavepointMetadata(LOCATION, List.of(savedById("count", 5_114)));
        JobOperators recorded = job(operator("count", "Count per 10 s", true));

        List<String> named = StateCompatibility.compare(savepoint, recorded, job()).refusals();
        List<String> unnamed = StateCompatibility.compare(savepoint, null, job()).refusals();

        assertThat(named).containsExactly("count: its state in the savepoint would be dropped: the new job has no "
                + "operator 'count' (\"Count per 10 s\", 5.1 kB of state)");
        assertThat(unnamed).containsExactly(id("count") + ": its state in the savepoint would be dropped: the new job "
                + "has no operator with id " + id("count") + " (5.1 kB of state; the savepoint names no node for it)");
    }

    @Test
    void operatorsOfOneNodeAreReportedOnOneLine() {
        SavepointMetadata savepoint = new SavepointMetadata(LOCATION, List.of(
                saved("counts", "Window counts: Writer", 610), saved("Sink Committer: counts", "Window counts: Committer", 638)));

        StateCompatibility state = StateCompatibility.compare(savepoint, null, job());

        assertThat(state.refusals()).containsExactly("counts: its state in the savepoint would be dropped: the new job "
                + "has no operators 'Sink Committer: counts', 'counts' (\"Window counts: Writer\", 1.2 kB of state)");
    }

    @Test
    void aRemovedNodeWithoutStateAndAStatefulNodeWithEmptyStateAreNoConcern() {
        SavepointMetadata savepoint = new SavepointMetadata(LOCATION, List.of(
                saved("chart", "Counts per window: Writer", 0), saved("count", "Count per 10 s", 0)));
        JobOperators next = job(operator("count", "Count per 10 s", true));

        StateCompatibility state = StateCompatibility.compare(savepoint, null, next);

        assertThat(state.keepsAllState()).isTrue();
        assertThat(state.refusals()).isEmpty();
        assertThat(state.warnings()).as("the savepoint knows the window, it was just empty").isEmpty();
    }
}
