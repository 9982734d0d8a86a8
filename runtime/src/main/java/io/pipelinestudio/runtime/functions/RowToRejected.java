package io.pipelinestudio.runtime.functions;

import io.pipelinestudio.runtime.io.DelimitedFormatter;
import org.apache.flink.api.common.accumulators.LongCounter;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichMapFunction;
import org.apache.flink.types.Row;

/**
 * Turns records that a node sent aside (late records nobody consumes) into rejected records, counted,
 * so that nothing disappears silently.
 */
public final class RowToRejected extends RichMapFunction<Row, RejectedRecord> {
    private static final long serialVersionUID = 1L;
    private final String nodeId;
    private final String reason;
    private final DelimitedFormatter formatter = new DelimitedFormatter(',');
    private transient LongCounter counter;

    public RowToRejected(String nodeId, String reason) {
        this.nodeId = nodeId;
        this.reason = reason;
    }

    @Override
    public void open(OpenContext openContext) {
        counter = new LongCounter();
        getRuntimeContext().addAccumulator(Rejections.counterName(nodeId), counter);
    }

    @Override
    public RejectedRecord map(Row row) {
        counter.add(1L);
        return new RejectedRecord(nodeId, reason, formatter.format(row));
    }
}
