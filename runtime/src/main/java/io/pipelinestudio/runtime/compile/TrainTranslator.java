package io.pipelinestudio.runtime.compile;

import io.pipelinestudio.model.node.ModelKind;
import io.pipelinestudio.model.node.TrainNode;
import io.pipelinestudio.model.schema.Schema;
import io.pipelinestudio.model.validate.ExecutionMode;
import io.pipelinestudio.runtime.codegen.JavaSource;
import io.pipelinestudio.runtime.functions.ExtractExamples;
import io.pipelinestudio.runtime.functions.Rejections;
import io.pipelinestudio.runtime.train.Example;
import io.pipelinestudio.runtime.train.TrainOperator;
import java.util.List;
import java.util.stream.Collectors;
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
    public void translate(TrainNode node, JavaSource java) {
        java.use(SingleOutputStreamOperator.class, Row.class, TypeInformation.class, ExtractExamples.class,
                Example.class, Rejections.class, TrainOperator.class, TrainNode.class, ModelKind.class, List.class);
        Schema input = java.inputSchema(node);
        boolean logistic = node.model() == ModelKind.LOGISTIC_REGRESSION;
        java.comment("examples (features and label) are extracted and checked in parallel; a record a model cannot"
                + " learn from is rejected");
        String examples = java.declare("SingleOutputStreamOperator<Example>", node, "examples", java.input(node)
                + "\n.process(new ExtractExamples(" + JavaSource.literal(node.id()) + ", "
                + JavaSource.ints(node.features().stream().mapToInt(input::indexOf).toArray()) + ",\n        "
                + JavaSource.names(node.features()) + ", " + input.indexOf(node.labelField()) + ", " + logistic
                + "),\n        TypeInformation.of(Example.class))" + java.identify(name(node, "examples"),
                uid(node, "examples")));
        java.reject(node, examples + ".getSideOutput(Rejections.TAG)");
        java.comment("one model, so one training instance: full-batch epochs in BATCH mode, mini-batches in"
                + " STREAMING mode; it emits (step, loss, bias, w_<feature>...) per step"
                + (node.modelPath() == null || node.modelPath().isBlank() ? "" : " and writes the model as JSON"));
        String settings = "new TrainNode(" + JavaSource.literal(node.id()) + ", " + JavaSource.literal(node.label())
                + ", ModelKind." + node.model().name() + ",\n        List.of(" + node.features().stream()
                .map(JavaSource::literal).collect(Collectors.joining(", ")) + "), "
                + JavaSource.literal(node.labelField()) + ",\n        " + JavaSource.literal(node.learningRate()) + ", "
                + JavaSource.literal(node.l2()) + ", " + node.standardize() + ", " + node.epochs() + ", "
                + JavaSource.literal(node.tolerance()) + ", " + node.batchSize() + ", " + node.stepsPerBatch() + ",\n        "
                + java.string(node.modelPath()) + ")";
        String steps = java.declare("SingleOutputStreamOperator<Row>", node, "", examples + "\n.transform("
                + JavaSource.literal(name(node, "")) + ", " + java.rowType(java.outputSchema(node))
                + ",\n        new TrainOperator(" + settings + ", job.batch(), job.pace()))"
                + "\n.uid(" + JavaSource.literal(uid(node, "")) + ")\n.setParallelism(1)\n.setMaxParallelism(1)");
        java.singleOutput(node, TrainNode.OUT, steps);
    }
}
