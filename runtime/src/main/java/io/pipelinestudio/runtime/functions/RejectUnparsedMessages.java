package io.pipelinestudio.runtime.functions;

import io.pipelinestudio.runtime.io.KafkaRecordParser;
import org.apache.flink.types.Row;
import org.apache.flink.util.Collector;

/**
 * After a Kafka source: rejects the messages that did not parse (counted, kept with their topic,
 * partition and offset) or whose event time windows cannot compute with, and hands the others on without
 * the two leading columns.
 */
public final class RejectUnparsedMessages extends RejectingFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final int eventTimeIndex;
    private final String eventTimeField;

    /**
     * {@code eventTimeIndex}: the event time's position among the node's fields, or -1 without event time;
     * a time windows cannot compute with ({@link EventTimeRange}) is rejected too.
     */
    public RejectUnparsedMessages(String nodeId, int eventTimeIndex, String eventTimeField) {
        super(nodeId);
        this.eventTimeIndex = eventTimeIndex;
        this.eventTimeField = eventTimeField;
    }

    @Override
    public void processElement(Row parsed, Context context, Collector<Row> out) {
        Object reason = parsed.getField(KafkaRecordParser.REASON);
        if (reason != null) {
            reject(context, (String) reason, (String) parsed.getField(KafkaRecordParser.TEXT));
            return;
        }
        if (eventTimeIndex >= 0) {
            String problem = EventTimeRange.problem(parsed.getField(KafkaRecordParser.FIRST_FIELD + eventTimeIndex),
                    eventTimeField);
            if (problem != null) {
                reject(context, problem, (String) parsed.getField(KafkaRecordParser.TEXT));
                return;
            }
        }
        int arity = parsed.getArity() - KafkaRecordParser.FIRST_FIELD;
        Row row = Row.withPositions(arity);
        for (int i = 0; i < arity; i++) {
            row.setField(i, parsed.getField(KafkaRecordParser.FIRST_FIELD + i));
        }
        out.collect(row);
    }
}
