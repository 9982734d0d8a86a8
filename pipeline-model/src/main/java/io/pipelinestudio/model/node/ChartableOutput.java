package io.pipelinestudio.model.node;

import java.util.List;

/**
 * Records a node offers to draw while the pipeline runs: {@code valueFields} over {@code xField}, one
 * series per distinct value of {@code seriesFields}, at most {@code topSeries} drawn on their own.
 * {@code port} is an output port, or the input port of a sink that draws what it receives; null
 * {@code seriesFields} means one series per key of the stream entering the node.
 */
public record ChartableOutput(String port, String xField, List<String> seriesFields, List<String> valueFields,
        ChartStyle style, int topSeries) {
    public ChartableOutput {
        seriesFields = seriesFields == null ? null : List.copyOf(seriesFields);
        valueFields = Nodes.list(valueFields);
        style = style == null ? ChartStyle.TIME_SERIES : style;
    }

    /** Whether the series are the keys of the node's input rather than fields named here. */
    public boolean seriesByInputKey() {
        return seriesFields == null;
    }
}
