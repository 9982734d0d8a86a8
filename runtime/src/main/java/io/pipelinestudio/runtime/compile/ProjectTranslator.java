package io.pipelinestudio.runtime.compile;

import io.pipelinestudio.model.node.ProjectNode;
import io.pipelinestudio.model.node.ProjectedField;
import io.pipelinestudio.model.schema.Schema;
import io.pipelinestudio.runtime.codegen.JavaSource;
import io.pipelinestudio.runtime.functions.ProjectFunction;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.types.Row;

/** A {@link NodeTranslator} for the {@link ProjectNode}: a map that copies the chosen fields. */
final class ProjectTranslator extends AbstractNodeTranslator<ProjectNode> {
    @Override
    public void translate(ProjectNode node, JavaSource java) {
        java.use(SingleOutputStreamOperator.class, Row.class, ProjectFunction.class);
        Schema input = java.inputSchema(node);
        int[] indexes = node.fields().stream().map(ProjectedField::field).mapToInt(input::indexOf).toArray();
        java.comment("keeps " + String.join(", ", java.outputSchema(node).names()) + ", in this order");
        java.output(node, ProjectNode.OUT, java.declare("SingleOutputStreamOperator<Row>", node, "", java.input(node)
                + "\n.map(new ProjectFunction(" + JavaSource.ints(indexes) + "))\n.returns("
                + java.rowType(java.outputSchema(node)) + ")" + java.identify(name(node, ""), uid(node, ""))));
    }
}
