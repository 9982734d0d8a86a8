package io.pipelinestudio.runtime.functions;

import org.apache.flink.api.common.accumulators.LongCounter;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.streaming.api.functions.ProcessFunction;

/** A process function that sends inputs it cannot use to the rejected side output and counts them. */
abstract class RejectingFunction<IN, OUT> extends ProcessFunction<IN, OUT> {
    private static final long serialVersionUID = 1L;
    protected final String nodeId;
    private transient LongCounter rejected;

    RejectingFunction(String nodeId) {
        this.nodeId = nodeId;
    }

    @Override
    public void open(OpenContext openContext) throws Exception {
        rejected = new LongCounter();
        getRuntimeContext().addAccumulator(Rejections.counterName(nodeId), rejected);
    }

    protected final void reject(Context context, String reason, String text) {
        rejected.add(1L);
        context.output(Rejections.TAG, new RejectedRecord(nodeId, reason, text));
    }
}
