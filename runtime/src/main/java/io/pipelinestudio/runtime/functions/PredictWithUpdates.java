package io.pipelinestudio.runtime.functions;

import io.pipelinestudio.runtime.train.Prediction;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.typeinfo.PrimitiveArrayTypeInfo;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.co.BroadcastProcessFunction;
import org.apache.flink.types.Row;
import org.apache.flink.util.Collector;

/**
 * Predicts with the latest model a train node emitted, broadcast to every instance. Records that come
 * before the first model wait for it (BATCH mode reads the model side first, so there they never wait).
 */
public final class PredictWithUpdates extends BroadcastProcessFunction<Row, Row, Row> {
    public static final MapStateDescriptor<String, double[]> MODEL = new MapStateDescriptor<>(
            "model", Types.STRING, PrimitiveArrayTypeInfo.DOUBLE_PRIMITIVE_ARRAY_TYPE_INFO);
    private static final long serialVersionUID = 1L;
    private static final String LATEST = "latest";
    private final int features;
    private final Prediction prediction;
    private transient List<Row> waiting;

    public PredictWithUpdates(int features, Prediction prediction) {
        this.features = features;
        this.prediction = prediction;
    }

    @Override
    public void processElement(Row row, ReadOnlyContext context, Collector<Row> out) throws Exception {
        double[] model = context.getBroadcastState(MODEL).get(LATEST);
        if (model == null) {
            if (waiting == null) {
                waiting = new ArrayList<>();
            }
            waiting.add(row);
            return;
        }
        out.collect(prediction.apply(row, model, model[features]));
    }

    @Override
    public void processBroadcastElement(Row update, Context context, Collector<Row> out) throws Exception {
        // a train node's update: step, loss, bias, then the weights
        double[] model = new double[features + 1];
        for (int j = 0; j < features; j++) {
            model[j] = (Double) update.getField(3 + j);
        }
        model[features] = (Double) update.getField(2);
        context.getBroadcastState(MODEL).put(LATEST, model);
        if (waiting != null) {
            for (Row row : waiting) {
                out.collect(prediction.apply(row, model, model[features]));
            }
            waiting = null;
        }
    }
}
