package io.pipelinestudio.runtime.compile;

import io.pipelinestudio.model.node.ModelKind;
import io.pipelinestudio.model.node.TrainNode;
import io.pipelinestudio.model.schema.Schema;
import io.pipelinestudio.model.validate.ExecutionMode;
import io.pipelinestudio.runtime.functions.ExtractExamples;
import io.pipelinestudio.runtime.functions.Rejections;
import io.pipelinestudio.runtime.train.Example;
import io.pipelinestudio.runtime.train.TrainOperator;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.types.Row;

/**
 * A {@link NodeTranslator} for the {@link TrainNode}: examples are extracted and checked in parallel,
 * then one training operator runs gradient descent (full-batch in BATCH mode, mini-batches in
 * STREAMING mode).
 */
final class TrainTranslator extends AbstractNodeTranslator<TrainNode> {
    @Override
    public void translate(TrainNode node, TranslationContext context) {
        Schema input = context.inputSchema(node);
        ExtractExamples extract = new ExtractExamples(node.id(),
                node.features().stream().mapToInt(input::indexOf).toArray(),
                node.features().toArray(String[]::new), input.indexOf(node.labelField()),
                node.model() == ModelKind.LOGISTIC_REGRESSION);
        SingleOutputStreamOperator<Example> examples = identify(context.input(node)
                .process(extract, TypeInformation.of(Example.class)), node, "examples");
        context.reject(examples.getSideOutput(Rejections.TAG));
        boolean fullBatch = context.options().mode() == ExecutionMode.BATCH;
        SingleOutputStreamOperator<Row> steps = examples.transform(name(node, ""),
                RowTypes.of(context.outputSchema(node)), new TrainOperator(node, fullBatch));
        // one model, so one instance; its input is spread out already
        identify(steps, node, "").setParallelism(1).setMaxParallelism(1);
        context.output(node, TrainNode.OUT, steps);
    }
}
