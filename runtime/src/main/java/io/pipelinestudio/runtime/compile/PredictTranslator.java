package io.pipelinestudio.runtime.compile;

import io.pipelinestudio.model.node.PredictNode;
import io.pipelinestudio.model.schema.Schema;
import io.pipelinestudio.runtime.functions.PredictFromFile;
import io.pipelinestudio.runtime.functions.PredictWithUpdates;
import io.pipelinestudio.runtime.train.Prediction;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.types.Row;

/**
 * A {@link NodeTranslator} for the {@link PredictNode}: a map over a saved model, or a broadcast of the
 * train node's model updates connected to the records.
 */
final class PredictTranslator extends AbstractNodeTranslator<PredictNode> {
    @Override
    public void translate(PredictNode node, TranslationContext context) {
        Schema input = context.inputSchema(node);
        Prediction prediction = new Prediction(node.features().stream().mapToInt(input::indexOf).toArray(),
                node.model());
        TypeInformation<Row> output = RowTypes.of(context.outputSchema(node));
        int features = node.features().size();
        if (node.fromFile()) {
            context.output(node, PredictNode.OUT, identify(context.input(node)
                    .map(new PredictFromFile(node.id(), node.modelPath(), features, prediction))
                    .returns(output), node, ""));
            return;
        }
        context.output(node, PredictNode.OUT, identify(context.input(node)
                .connect(context.input(node, PredictNode.MODEL).broadcast(PredictWithUpdates.MODEL))
                .process(new PredictWithUpdates(features, prediction), output), node, ""));
    }
}
