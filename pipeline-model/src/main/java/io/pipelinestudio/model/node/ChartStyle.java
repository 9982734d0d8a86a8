package io.pipelinestudio.model.node;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How a chart sink draws its records in the designer. */
public enum ChartStyle {
    /** One line per series over the x field (time), the top series by total drawn, the rest as "other". */
    @JsonProperty("time-series")
    TIME_SERIES,
    /** Bars of every series at the latest x value, such as the counts of the latest window. */
    @JsonProperty("latest-bars")
    LATEST_BARS
}
