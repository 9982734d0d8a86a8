package io.pipelinestudio.app.palette;

import static org.assertj.core.api.Assertions.assertThat;

import io.pipelinestudio.app.theme.Icons;
import io.pipelinestudio.model.node.Node;
import io.pipelinestudio.model.validate.NodeCheck;
import org.junit.jupiter.api.Test;

class PaletteCatalogTest {
    @Test
    void theCatalogueOffersEveryNodeKindInPaletteOrder() {
        assertThat(PaletteCatalog.entries()).extracting(PaletteEntry::kind)
                .containsExactlyElementsOf(Node.kinds().stream().map(Node::kindOf).toList());
    }

    @Test
    void everyKindHasAnIconAndCreatesANodeOfItsKindAndFamily() {
        for (PaletteEntry entry : PaletteCatalog.entries()) {
            assertThat(Icons.exists(entry.icon())).as("icon of %s", entry.kind()).isTrue();
            Node node = entry.create("x");
            assertThat(node.kind()).isEqualTo(entry.kind());
            assertThat(entry.label()).isEqualTo(node.descriptor().label());
            assertThat(node.family()).isEqualTo(entry.family());
            assertThat(entry.summarize(node)).isNotNull();
        }
    }

    @Test
    void freshSourcesAreValidOnTheirOwn() {
        for (PaletteEntry entry : PaletteCatalog.entries()) {
            Node node = entry.create("x");
            if (node.inputPorts().isEmpty()) {
                NodeCheck check = new NodeCheck("x");
                node.infer(java.util.Map.of(), check);
                assertThat(check.problems()).as("problems of a fresh %s", entry.kind()).isEmpty();
            }
        }
    }
}
