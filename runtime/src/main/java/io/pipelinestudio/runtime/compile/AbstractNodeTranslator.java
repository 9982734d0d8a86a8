package io.pipelinestudio.runtime.compile;

import io.pipelinestudio.model.node.Node;

/**
 * What every translator shares: operators are named after the node, for Flink's dashboard, and get a
 * stable uid derived from the node id, so a job exported again after an edit restores its state from an
 * old savepoint wherever the node still exists.
 */
abstract class AbstractNodeTranslator<N extends Node> implements NodeTranslator<N> {
    static String name(Node node, String role) {
        return role.isEmpty() ? node.displayName() : node.displayName() + " (" + role + ")";
    }

    static String uid(Node node, String role) {
        return role.isEmpty() ? node.id() : node.id() + "/" + role;
    }
}
