package io.pipelinestudio.app.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a window chart draws from window results: top keys, "other", replaced firings, bounded series. */
class WindowSeriesTest {
    @Test
    void theTopKeysByTotalAreDrawnOnTheirOwnAndTheRestAreSummedAsOtherPerWindow() {
        WindowSeries series = new WindowSeries(100);
        series.add("a", 10, 5);
        series.add("b", 10, 1);
        series.add("c", 10, 2);
        series.add("a", 20, 5);
        series.add("b", 20, 3);
        series.add("d", 20, 9);

        assertThat(series.topKeys(2)).containsExactly("a", "d");
        assertThat(series.series(2)).containsOnlyKeys("a", "d", WindowSeries.OTHER);
        assertThat(series.series(2).get(WindowSeries.OTHER)).isEqualTo(Map.of(10L, 3.0, 20L, 3.0));
        assertThat(series.latestWindow(2)).isEqualTo(Map.of("a", 5.0, "d", 9.0, WindowSeries.OTHER, 3.0));
        assertThat(series.series(10)).doesNotContainKey(WindowSeries.OTHER);
    }

    @Test
    void aWindowThatFiresAgainReplacesItsValueAndOldWindowsAreDroppedBeyondTheBound() {
        WindowSeries series = new WindowSeries(3);
        series.add("a", 10, 1);
        series.add("a", 10, 4);
        for (long end = 20; end <= 50; end += 10) {
            series.add("a", end, end);
        }

        assertThat(series.series(5).get("a")).containsOnlyKeys(30L, 40L, 50L);
        assertThat(series.topKeys(1)).containsExactly("a");
        assertThat(series.takeChangedEnds()).contains(10L, 50L);
        assertThat(series.takeChangedEnds()).isEmpty();
    }
}
