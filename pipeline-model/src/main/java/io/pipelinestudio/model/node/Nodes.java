package io.pipelinestudio.model.node;

import java.util.List;

/** Small helpers the node records share for defaulting their components. */
final class Nodes {
    private Nodes() {}

    static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : List.copyOf(values);
    }

    static String orDefault(String value, String fallback) {
        return value == null ? fallback : value;
    }

    /** The path as a one-element list, or none when it is not set. */
    static List<String> paths(String path) {
        return path == null || path.isBlank() ? List.of() : List.of(path);
    }

    static void requireId(String id) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a node needs a non-empty id");
        }
    }
}
