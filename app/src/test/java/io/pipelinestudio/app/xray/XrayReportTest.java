package io.pipelinestudio.app.xray;

import static org.assertj.core.api.Assertions.assertThat;

import io.pipelinestudio.model.node.WindowSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the X-ray says, on made-up instants: 12:00:00 UTC is 43,200,000 ms after midnight. */
class XrayReportTest {
    private static final long NOON = 43_200_000L;

    @Test
    void itSaysEachInstancesWatermarkWhenEachOpenWindowFiresAndWhoHoldsItBack() {
        List<String> lines = XrayReport.lines(
                List.of(new XrayReport.Instance(NOON + 7_250, 0), new XrayReport.Instance(NOON + 9_000, 0)),
                List.of(new XrayReport.OpenWindow(NOON + 10_000, NOON + 20_000, "b", 3),
                        new XrayReport.OpenWindow(NOON, NOON + 10_000, "a", 42)),
                5_000, 2, false);

        assertThat(lines).containsExactly(
                "Watermark per instance: #0 12:00:07.250 \u00b7 #1 12:00:09.000",
                "The window's watermark is the smallest of them: 12:00:07.250 (instance #0)",
                "[12:00:00.000 \u2013 12:00:10.000) a: 42 records so far \u00b7 fires when the watermark passes"
                        + " 12:00:10.000; it is at 12:00:07.250; waiting for events later than 12:00:15.000 on instance #0",
                "[12:00:10.000 \u2013 12:00:20.000) b: 3 records so far \u00b7 fires when the watermark passes"
                        + " 12:00:20.000; it is at 12:00:07.250; waiting for events later than 12:00:25.000 on instance #0",
                "Late records so far: 2 (on the window's late output)");
    }

    @Test
    void anInstanceWithoutDataOrQuietForLongIsNamedWithTheRemedy() {
        List<String> none = XrayReport.lines(
                List.of(new XrayReport.Instance(NOON, 0), new XrayReport.Instance(Long.MIN_VALUE, 0)),
                List.of(), 0, 0, false);
        assertThat(none).contains("Instance #1 has seen no data yet: it holds every window back; set idleness on the"
                + " event-time node", "No window is open: every window seen so far has fired");

        List<String> quiet = XrayReport.lines(
                List.of(new XrayReport.Instance(NOON, 31), new XrayReport.Instance(NOON + 60_000, 0)),
                List.of(), 0, 0, true);
        assertThat(quiet).contains("Instance #0 has seen no data for 31 s: it holds every window back");
    }

    @Test
    void aKeyFromTheDataIsQuotedWithItsControlCharactersShown() {
        List<String> lines = XrayReport.lines(List.of(new XrayReport.Instance(NOON, 0)),
                List.of(new XrayReport.OpenWindow(NOON, NOON + 10_000, "a\nb", 1)), 0, 0, false);

        assertThat(lines).anyMatch(line -> line.startsWith("[12:00:00.000 \u2013 12:00:10.000) a\\nb: 1 record so far"));
    }

    @Test
    void openWindowsFollowTheRecordsAndLeaveAsTheWatermarkPassesThem() {
        OpenWindows tumbling = new OpenWindows(WindowSpec.tumbling(10_000), new int[] {0}, 1);
        tumbling.add(List.of("a", NOON + 1_000));
        tumbling.add(List.of("a", NOON + 2_000));
        tumbling.add(List.of("b", NOON + 12_000));
        assertThat(tumbling.open()).containsExactlyInAnyOrder(
                new XrayReport.OpenWindow(NOON, NOON + 10_000, "a", 2),
                new XrayReport.OpenWindow(NOON + 10_000, NOON + 20_000, "b", 1));

        tumbling.fired(NOON + 10_000);
        tumbling.add(List.of("a", NOON + 3_000));
        assertThat(tumbling.open()).as("a fired window stays gone").containsExactly(
                new XrayReport.OpenWindow(NOON + 10_000, NOON + 20_000, "b", 1));

        OpenWindows sliding = new OpenWindows(WindowSpec.sliding(10_000, 5_000), new int[] {0}, 1);
        sliding.add(List.of("a", NOON + 7_000));
        assertThat(sliding.open()).containsExactlyInAnyOrder(
                new XrayReport.OpenWindow(NOON, NOON + 10_000, "a", 1),
                new XrayReport.OpenWindow(NOON + 5_000, NOON + 15_000, "a", 1));
    }
}
