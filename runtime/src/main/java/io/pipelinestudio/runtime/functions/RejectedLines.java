package io.pipelinestudio.runtime.functions;

import io.pipelinestudio.runtime.io.LineEncoder;

/** One line of the rejected-records file: the node, the reason and the input, tab-separated. */
public final class RejectedLines implements LineEncoder<RejectedRecord> {
    private static final long serialVersionUID = 1L;
    /** The columns of the rejected-records file. */
    public static final String HEADER = "node\treason\tinput";

    @Override
    public String encode(RejectedRecord record) {
        // a tab inside the reason would shift the input into a fourth column; a record that spans lines (a
        // quoted field with line breaks) stays on one line of this file
        return record.nodeId + "\t" + record.reason.replace('\t', ' ') + "\t"
                + (record.text == null ? null : record.text.replace("\r", "\\r").replace("\n", "\\n"));
    }
}
