package io.pipelinestudio.runtime.submit;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The node an operator's uid names. Translators give every operator the uid {@code node-id} or
 * {@code node-id/role}; for a two-phase sink Flink derives its committers' uids from the sink's own.
 */
final class OperatorUid {
    private static final Pattern FLINK_DERIVED = Pattern.compile("Sink Committer: (.+)|Sink (.+) Global Committer");

    private OperatorUid() {}

    /** The node id in {@code uid}; null for no uid. */
    static String nodeOf(String uid) {
        if (uid == null || uid.isEmpty()) {
            return null;
        }
        Matcher derived = FLINK_DERIVED.matcher(uid);
        String own = !derived.matches() ? uid : derived.group(1) != null ? derived.group(1) : derived.group(2);
        int role = own.indexOf('/');
        return role < 0 ? own : own.substring(0, role);
    }
}
