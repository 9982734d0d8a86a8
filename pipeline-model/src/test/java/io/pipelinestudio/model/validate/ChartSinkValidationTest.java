package io.pipelinestudio.model.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.pipelinestudio.model.Edge;
import io.pipelinestudio.model.Pipeline;
import io.pipelinestudio.model.json.PipelineJson;
import io.pipelinestudio.model.node.ChartSinkNode;
import io.pipelinestudio.model.node.ChartStyle;
import io.pipelinestudio.model.node.CsvSourceNode;
import io.pipelinestudio.model.schema.Field;
import io.pipelinestudio.model.schema.FieldType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules of the chart sink: a time or number along x, a number to draw, an optional series field. */
class ChartSinkValidationTest {
    private static final CsvSourceNode SOURCE = new CsvSourceNode("data", null, "data.csv", ",", false, List.of(
            new Field("end", FieldType.LONG), new Field("at", FieldType.TIMESTAMP), new Field("key", FieldType.STRING),
            new Field("count", FieldType.LONG), new Field("mean", FieldType.DOUBLE)));

    @Test
    void aChartOfACountPerKeyOverTimeIsValidWithOrWithoutASeriesField() {
        assertThat(validate(new ChartSinkNode("chart", null, ChartStyle.TIME_SERIES, "end", "key", "count", 0))
                .errors()).isEmpty();
        assertThat(validate(new ChartSinkNode("chart", null, ChartStyle.LATEST_BARS, "at", null, "mean", 3))
                .errors()).isEmpty();
    }

    @Test
    void theXFieldMustBeATimeAndTheValueANumberAndEveryFieldMustExist() {
        ValidationReport report = validate(new ChartSinkNode("chart", null, null, "key", "missing", "key", -1));

        assertThat(report.problemsOf("chart")).extracting(Problem::message)
                .anyMatch(m -> m.contains("the x field 'key' is string; expected long or timestamp"))
                .anyMatch(m -> m.contains("the value field 'key' is string; expected long or double"))
                .anyMatch(m -> m.contains("the series field 'missing' is not a field of the input"))
                .anyMatch(m -> m.contains("the number of series drawn is -1"));
    }

    @Test
    void unsetStyleAndSeriesCountTakeTheirDefaultsAndSurviveJson() throws Exception {
        ChartSinkNode chart = new ChartSinkNode("chart", null, null, "end", "key", "count", 0);
        assertThat(chart.style()).isEqualTo(ChartStyle.TIME_SERIES);
        assertThat(chart.topSeries()).isEqualTo(ChartSinkNode.DEFAULT_TOP_SERIES);

        Pipeline pipeline = Pipeline.of("p", List.of(SOURCE, chart), List.of(Edge.of("data", "chart")));
        String json = PipelineJson.write(pipeline);

        assertThat(json).contains("\"kind\" : \"chart-sink\"").contains("\"style\" : \"time-series\"");
        assertThat(PipelineJson.read(json)).isEqualTo(pipeline);
    }

    private static ValidationReport validate(ChartSinkNode chart) {
        return PipelineValidator.validate(Pipeline.of("p", List.of(SOURCE, chart), List.of(Edge.of("data", "chart"))));
    }
}
