package io.pipelinestudio.model.node;

import io.pipelinestudio.model.schema.FieldType;
import io.pipelinestudio.model.validate.NodeCheck;
import io.pipelinestudio.model.validate.ProblemKind;
import io.pipelinestudio.model.validate.StreamInfo;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * Draws its records as a live chart in the designer while the pipeline runs: {@code valueField} over
 * {@code xField} (a time such as a window's end), one series per value of {@code seriesField} (or one
 * series when it is empty), at most {@code topSeries} of them. Outside the designer it writes nothing.
 */
@NodeKind(name = "chart-sink", label = "Chart", family = NodeFamily.SINK, order = 170, icon = "chart-sink",
        description = "Draws records as a live chart while the pipeline runs",
        settings = {
            @SettingHelp(name = "xField", help = "The field along the horizontal axis, such as a window's end",
                    role = SettingRole.INPUT_FIELD),
            @SettingHelp(name = "seriesField", help = "The field whose values name the lines or bars, such as a key;"
                    + " empty for one series", role = SettingRole.INPUT_FIELD),
            @SettingHelp(name = "valueField", help = "The numeric field drawn, such as a count",
                    role = SettingRole.INPUT_FIELD)})
public record ChartSinkNode(String id, String label, ChartStyle style, String xField, String seriesField,
        String valueField, int topSeries) implements SinkNode {
    public static final int DEFAULT_TOP_SERIES = 8;

    public ChartSinkNode {
        Nodes.requireId(id);
        style = style == null ? ChartStyle.TIME_SERIES : style;
        topSeries = topSeries == 0 ? DEFAULT_TOP_SERIES : topSeries;
    }

    /** What it receives, drawn as its settings say. */
    @Override
    public List<ChartableOutput> chartableOutputs() {
        List<String> series = seriesField == null || seriesField.isBlank() ? List.of() : List.of(seriesField);
        return List.of(new ChartableOutput(IN, xField, series, valueField == null ? List.of() : List.of(valueField),
                style, topSeries));
    }

    @Override
    public Map<String, StreamInfo> infer(Map<String, StreamInfo> inputs, NodeCheck check) {
        StreamInfo in = inputs.get(IN);
        check.field(in.schema(), xField, "the x field", EnumSet.of(FieldType.LONG, FieldType.TIMESTAMP));
        check.field(in.schema(), valueField, "the value field", EnumSet.of(FieldType.LONG, FieldType.DOUBLE));
        if (seriesField != null && !seriesField.isBlank()) {
            check.field(in.schema(), seriesField, "the series field");
        }
        if (topSeries < 1) {
            check.error(ProblemKind.BAD_PARAMETER, "the number of series drawn is " + topSeries
                    + "; expected at least 1");
        }
        return Map.of();
    }
}
