package io.pipelinestudio.runtime.compile;

import io.pipelinestudio.model.node.Node;

/** Turns one kind of node into Flink transformations; the same translation serves every use of a job. */
public interface NodeTranslator<N extends Node> {
    void translate(N node, TranslationContext context);
}
