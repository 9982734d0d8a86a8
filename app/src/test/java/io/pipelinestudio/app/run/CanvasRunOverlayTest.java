package io.pipelinestudio.app.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.pipelinestudio.runtime.run.NodeLoad;
import org.junit.jupiter.api.Test;

class CanvasRunOverlayTest {
    @Test
    void ratesAreShortAndLoadHintsNameOnlyABusyOrBackpressuredTask() {
        assertThat(CanvasRunOverlay.rate(950)).isEqualTo("950");
        assertThat(CanvasRunOverlay.rate(12_340)).isEqualTo("12.3k");
        assertThat(CanvasRunOverlay.rate(2_500_000)).isEqualTo("2.5M");
        assertThat(CanvasRunOverlay.loadHint(null)).isEmpty();
        assertThat(CanvasRunOverlay.loadHint(new NodeLoad(0.3, 0.1))).isEmpty();
        assertThat(CanvasRunOverlay.loadHint(new NodeLoad(0.95, 0))).isEqualTo(" \u00b7 busy 95%");
        assertThat(CanvasRunOverlay.loadHint(new NodeLoad(0.2, 0.7))).isEqualTo(" \u00b7 backpressured 70%");
    }
}
