package io.pipelinestudio.runtime.testing;

/** How the operators of a compiled pipeline name their nodes in their uids. */
public final class OperatorUids {
    /** Flink's prefix for the committer of a two-phase sink, derived from the sink's own uid. */
    private static final String SINK_COMMITTER = "Sink Committer: ";

    private OperatorUids() {}

    /** The node a uid names: {@code node/role}, the node itself, or {@code Sink Committer: node}. */
    public static String nodeOf(String uid) {
        String own = uid.startsWith(SINK_COMMITTER) ? uid.substring(SINK_COMMITTER.length()) : uid;
        return own.contains("/") ? own.substring(0, own.indexOf('/')) : own;
    }
}
