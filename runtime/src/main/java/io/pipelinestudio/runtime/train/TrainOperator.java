package io.pipelinestudio.runtime.train;

import io.pipelinestudio.model.node.TrainNode;
import io.pipelinestudio.runtime.functions.NodeFailureException;
import io.pipelinestudio.runtime.pace.PaceHandle;
import io.pipelinestudio.runtime.pace.StepPacer;
import java.io.IOException;
import java.nio.file.Paths;
import org.apache.flink.api.common.accumulators.LongCounter;
import org.apache.flink.streaming.api.operators.AbstractStreamOperator;
import org.apache.flink.streaming.api.operators.BoundedOneInput;
import org.apache.flink.streaming.api.operators.OneInputStreamOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.types.Row;

/**
 * The train node's operator, run with parallelism 1 after examples were extracted in parallel. In
 * BATCH mode it keeps the examples and trains full-batch when the input ends; in STREAMING mode it
 * takes a mini-batch step as each batch fills. Emits {@code (step, loss, bias, weights...)} per step and
 * writes the final model file when the input ends.
 */
public final class TrainOperator extends AbstractStreamOperator<Row>
        implements OneInputStreamOperator<Example, Row>, BoundedOneInput {
    private static final long serialVersionUID = 1L;
    private final TrainingSettings settings;
    private final boolean fullBatch;
    /** The designer's steps per second and pause; null outside Pipeline Studio. */
    private final PaceHandle pace;
    private transient Examples examples;
    private transient MiniBatchTrainer miniBatch;
    private transient StepListener emit;
    private transient double lastLoss;
    private transient long lastStep;

    public TrainOperator(TrainNode node, boolean fullBatch, PaceHandle pace) {
        this.settings = TrainingSettings.of(node);
        this.fullBatch = fullBatch;
        this.pace = pace;
    }

    @Override
    public void open() throws Exception {
        super.open();
        examples = new Examples(settings.features().length, 1024);
        miniBatch = new MiniBatchTrainer(settings);
        StreamRecord<Row> reuse = new StreamRecord<>(null);
        StepPacer pacer = new StepPacer(pace);
        emit = (step, loss, model) -> {
            try {
                // slow motion in the designer: each step shows when its time comes, or when asked for while paused
                pacer.beforeStep();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new NodeFailureException(settings.nodeId(), "training was interrupted", e);
            }
            lastLoss = loss;
            lastStep = step;
            output.collect(reuse.replace(toRow(step, loss, model)));
        };
    }

    @Override
    public void processElement(StreamRecord<Example> element) {
        Example example = element.getValue();
        try {
            if (fullBatch) {
                examples.add(example.x, example.y);
            } else {
                miniBatch.add(example.x, example.y, emit);
            }
        } catch (TrainingException e) {
            throw new NodeFailureException(settings.nodeId(), e.getMessage(), e);
        }
    }

    @Override
    public void endInput() throws Exception {
        LinearModel model;
        long started = System.nanoTime();
        try {
            model = fullBatch ? new FullBatchTrainer(settings).train(examples, emit) : miniBatch.finish(emit);
        } catch (TrainingException e) {
            throw new NodeFailureException(settings.nodeId(), e.getMessage(), e);
        }
        if (fullBatch) {
            // how long the epochs took, apart from reading the data: the figure the benchmark reports
            LongCounter nanos = new LongCounter(System.nanoTime() - started);
            getRuntimeContext().addAccumulator(trainingNanosCounter(settings.nodeId()), nanos);
        }
        if (settings.modelPath() != null && !settings.modelPath().isBlank()) {
            try {
                TrainedModel.write(Paths.get(settings.modelPath()), settings, model, lastLoss, lastStep);
            } catch (IOException e) {
                throw new NodeFailureException(settings.nodeId(), "cannot write the model file "
                        + settings.modelPath() + ": " + e.getMessage(), e);
            }
        }
    }

    /** The accumulator holding the nanoseconds a node's full-batch training took. */
    public static String trainingNanosCounter(String nodeId) {
        return "training-nanos:" + nodeId;
    }

    private static Row toRow(long step, double loss, LinearModel model) {
        double[] w = model.weights();
        Row row = Row.withPositions(3 + w.length);
        row.setField(0, step);
        row.setField(1, loss);
        row.setField(2, model.bias());
        for (int j = 0; j < w.length; j++) {
            row.setField(3 + j, w[j]);
        }
        return row;
    }
}
