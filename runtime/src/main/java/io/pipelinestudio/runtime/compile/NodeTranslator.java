package io.pipelinestudio.runtime.compile;

import io.pipelinestudio.model.node.Node;
import io.pipelinestudio.runtime.codegen.JavaSource;

/**
 * Turns one kind of node into the DataStream API statements that build its operators. Those statements
 * are the job: Pipeline Studio compiles and runs them, exports them, and shows them in the Code tab, so
 * there is one description of what a node does and nothing to keep in step.
 */
public interface NodeTranslator<N extends Node> {
    void translate(N node, JavaSource java);
}
