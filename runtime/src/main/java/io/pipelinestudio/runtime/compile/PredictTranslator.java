package io.pipelinestudio.runtime.compile;

import io.pipelinestudio.model.node.PredictNode;
import io.pipelinestudio.model.node.ModelKind;
import io.pipelinestudio.model.schema.Schema;
import io.pipelinestudio.runtime.codegen.JavaSource;
import io.pipelinestudio.runtime.functions.PredictFromFile;
import io.pipelinestudio.runtime.functions.PredictWithUpdates;
import io.pipelinestudio.runtime.train.Prediction;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.types.Row;

/**
 * A {@link NodeTranslator} for the {@link PredictNode}: a map over a saved model, or a broadcast of the
 * train node's model updates connected to the records.
 */
final class PredictTranslator extends AbstractNodeTranslator<PredictNode> {
    @Override
    public void translate(PredictNode node, JavaSource java) {
        java.use(SingleOutputStreamOperator.class, Row.class, Prediction.class, ModelKind.class);
        Schema input = java.inputSchema(node);
        String prediction = "new Prediction(" + JavaSource.ints(node.features().stream().mapToInt(input::indexOf)
                .toArray()) + ", ModelKind." + node.model().name() + ")";
        String output = java.rowType(java.outputSchema(node));
        int features = node.features().size();
        String identity = java.identify(name(node, ""), uid(node, ""));
        if (node.fromFile()) {
            java.use(PredictFromFile.class);
            java.comment("adds the prediction of the model saved in " + node.modelPath() + ", read when the job starts");
            java.output(node, PredictNode.OUT, java.declare("SingleOutputStreamOperator<Row>", node, "", java.input(node)
                    + "\n.map(new PredictFromFile(" + JavaSource.literal(node.id()) + ", " + java.string(node.modelPath())
                    + ", " + features + ",\n        " + prediction + "))\n.returns(" + output + ")" + identity));
            return;
        }
        java.use(PredictWithUpdates.class);
        java.comment("adds the prediction of the newest model: the train node's updates are broadcast to every"
                + " instance");
        java.output(node, PredictNode.OUT, java.declare("SingleOutputStreamOperator<Row>", node, "", java.input(node)
                + "\n.connect(" + java.input(node, PredictNode.MODEL) + ".broadcast(PredictWithUpdates.MODEL))"
                + "\n.process(new PredictWithUpdates(" + features + ", " + prediction + "),\n        " + output + ")"
                + identity));
    }
}
