package io.pipelinestudio.runtime.compile;

import io.pipelinestudio.model.node.ProjectNode;
import io.pipelinestudio.model.node.ProjectedField;
import io.pipelinestudio.model.schema.Schema;
import io.pipelinestudio.runtime.functions.ProjectFunction;

/** A {@link NodeTranslator} for the {@link ProjectNode}: a map that copies the chosen fields. */
final class ProjectTranslator extends AbstractNodeTranslator<ProjectNode> {
    @Override
    public void translate(ProjectNode node, TranslationContext context) {
        Schema input = context.inputSchema(node);
        int[] indexes = node.fields().stream().map(ProjectedField::field).mapToInt(input::indexOf).toArray();
        context.output(node, ProjectNode.OUT, identify(context.input(node)
                .map(new ProjectFunction(indexes))
                .returns(RowTypes.of(context.outputSchema(node))), node, ""));
    }
}
