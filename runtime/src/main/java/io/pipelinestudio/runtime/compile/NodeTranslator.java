package io.pipelinestudio.runtime.compile;

import io.pipelinestudio.model.node.Node;
import io.pipelinestudio.runtime.codegen.JavaSource;

/** Turns one kind of node into Flink transformations; the same translation serves every use of a job. */
public interface NodeTranslator<N extends Node> {
    void translate(N node, TranslationContext context);

    /**
     * Writes the DataStream API statements that build what {@link #translate} builds, calling the same
     * functions with the same arguments, for the exported Java project and the designer's code view.
     */
    default void writeJava(N node, JavaSource java) {
        throw new UnsupportedOperationException("Expected Java source for node kind '" + node.kind()
                + "' but it has none yet");
    }
}
