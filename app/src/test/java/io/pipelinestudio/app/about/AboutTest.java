package io.pipelinestudio.app.about;

import static org.assertj.core.api.Assertions.assertThat;

import io.pipelinestudio.app.pages.HelpPage;
import io.pipelinestudio.app.support.DesignerTest;
import org.junit.jupiter.api.Test;

class AboutTest extends DesignerTest {
    @Test
    void helpAboutShowsTheBuildsVersionWhatItRunsOnAndTheBundledLicences() {
        HelpPage help = new HelpPage(robot).openAbout();

        assertThat(help.aboutHeader()).matches("Pipeline Studio \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
        assertThat(help.aboutVersions())
                .containsPattern("Apache Flink \\d+\\.\\d+")
                .containsPattern("JavaFX \\d+")
                .contains("Java " + Runtime.version().feature());
        assertThat(help.bundledLibraries()).isEqualTo(ProductInfo.load().bundledLicenses().size()).isGreaterThan(10);
    }
}
