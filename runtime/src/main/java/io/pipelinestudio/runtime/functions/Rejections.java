package io.pipelinestudio.runtime.functions;

import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.util.OutputTag;

/** The side output every rejecting operator writes to, and the accumulator names that count it. */
public final class Rejections {
    public static final OutputTag<RejectedRecord> TAG =
            new OutputTag<>("rejected", TypeInformation.of(RejectedRecord.class));
    private static final String COUNTER_PREFIX = "rejected:";

    private Rejections() {}

    public static String counterName(String nodeId) {
        return COUNTER_PREFIX + nodeId;
    }

    /** The node id of a rejection counter's name, or null for other accumulators. */
    public static String nodeOfCounter(String accumulatorName) {
        return accumulatorName.startsWith(COUNTER_PREFIX) ? accumulatorName.substring(COUNTER_PREFIX.length()) : null;
    }
}
