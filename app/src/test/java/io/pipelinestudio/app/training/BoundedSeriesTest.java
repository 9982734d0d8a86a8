package io.pipelinestudio.app.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.pipelinestudio.model.node.ModelKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The bounded series behind the charts: decimated curves, the data sample and the fit's geometry. */
class BoundedSeriesTest {
    @Test
    void aSeriesBelowItsCapacityKeepsEveryPoint() {
        DecimatedSeries series = new DecimatedSeries(100);
        for (int i = 0; i < 100; i++) {
            series.add(i, 1000 - i);
        }

        assertThat(series.size()).isEqualTo(100);
        for (int i = 0; i < 100; i++) {
            assertThat(series.x(i)).isEqualTo(i);
            assertThat(series.y(i)).isEqualTo(1000 - i);
        }
    }

    @Test
    void aLongSeriesStaysWithinItsCapacityEvenlySpreadFromTheFirstPointToTheLatest() {
        DecimatedSeries series = new DecimatedSeries(100);
        for (int step = 0; step < 100_000; step++) {
            series.add(step, Math.exp(-step / 10_000.0));

            assertThat(series.size()).isLessThanOrEqualTo(100);
            assertThat(series.x(0)).isEqualTo(0);
            assertThat(series.x(series.size() - 1)).as("the latest point after step %d", step).isEqualTo(step);
        }

        assertThat(series.received()).isEqualTo(100_000);
        assertThat(series.size()).isGreaterThanOrEqualTo(50);
        // all but the latest point sit on one stride, a power of two
        double stride = series.x(1) - series.x(0);
        assertThat(Long.bitCount((long) stride)).isEqualTo(1);
        for (int i = 1; i < series.size() - 1; i++) {
            assertThat(series.x(i) - series.x(i - 1)).isEqualTo(stride);
            assertThat(series.y(i)).isCloseTo(Math.exp(-series.x(i) / 10_000.0), within(1e-12));
        }
        assertThat(series.x(series.size() - 2)).isGreaterThan(100_000 - 2 * stride);
    }

    @Test
    void theLatestPointReplacesTheProvisionalOneUntilAPointOnTheStrideArrives() {
        DecimatedSeries series = new DecimatedSeries(4);
        for (int step = 0; step < 6; step++) {
            series.add(step, step);
        }
        double[][] points = series.copy();

        // 0..3 filled it; the 5th point halved it to 0, 2 (stride 2); 4 is on the stride, 5 is the latest
        assertThat(points[0]).containsExactly(0, 2, 4, 5);
    }

    @Test
    void theSampleKeepsAtMostItsCapacityDrawnFromTheWholeStream() {
        ReservoirSample sample = new ReservoirSample(400);
        for (int i = 0; i < 100_000; i++) {
            sample.add(new double[] {i});
        }

        List<double[]> rows = sample.copy();
        assertThat(rows).hasSize(400);
        assertThat(sample.seen()).isEqualTo(100_000);
        Set<Double> distinct = new HashSet<>();
        List<Double> late = new ArrayList<>();
        for (double[] row : rows) {
            distinct.add(row[0]);
            if (row[0] >= 50_000) {
                late.add(row[0]);
            }
        }
        assertThat(distinct).hasSize(400);
        // uniform: about half from the second half of the stream, far from all or none
        assertThat(late.size()).isBetween(140, 260);
    }

    @Test
    void theFittedLineSpansTheDataAndTheBoundaryIsCutToTheDataBox() {
        double[][] line = FitGeometry.curve(FitGeometry.Shape.LINE, new double[] {1, 2}, new double[] {0, 10, -5, 50});
        assertThat(line[0]).containsExactly(0, 10);
        assertThat(line[1]).containsExactly(1, 21);

        // 1 + x - y = 0 is y = x + 1, which leaves the box [0,4] x [0,3] at y = 3
        double[][] boundary = FitGeometry.curve(FitGeometry.Shape.BOUNDARY, new double[] {1, 1, -1},
                new double[] {0, 4, 0, 3});
        assertThat(boundary[0]).containsExactly(0, 2);
        assertThat(boundary[1]).containsExactly(1, 3);

        double[][] missing = FitGeometry.curve(FitGeometry.Shape.BOUNDARY, new double[] {100, 1, 1},
                new double[] {0, 4, 0, 3});
        assertThat(missing[0]).isEmpty();

        double[][] sigmoid = FitGeometry.curve(FitGeometry.Shape.SIGMOID, new double[] {0, 1}, new double[] {-6, 6, 0, 1});
        assertThat(sigmoid[0]).hasSize(FitGeometry.CURVE_POINTS);
        assertThat(sigmoid[1][0]).isCloseTo(1 / (1 + Math.exp(6)), within(1e-12));
        assertThat(sigmoid[1][FitGeometry.CURVE_POINTS - 1]).isCloseTo(1 / (1 + Math.exp(-6)), within(1e-12));
    }

    @Test
    void onlyModelsWithAPictureInTwoDimensionsGetOne() {
        assertThat(FitGeometry.shape(ModelKind.LINEAR_REGRESSION, 1)).isEqualTo(FitGeometry.Shape.LINE);
        assertThat(FitGeometry.shape(ModelKind.LOGISTIC_REGRESSION, 1)).isEqualTo(FitGeometry.Shape.SIGMOID);
        assertThat(FitGeometry.shape(ModelKind.LOGISTIC_REGRESSION, 2)).isEqualTo(FitGeometry.Shape.BOUNDARY);
        assertThat(FitGeometry.shape(ModelKind.LINEAR_REGRESSION, 2)).isEqualTo(FitGeometry.Shape.NONE);
        assertThat(FitGeometry.shape(ModelKind.LOGISTIC_REGRESSION, 3)).isEqualTo(FitGeometry.Shape.NONE);
    }
}
