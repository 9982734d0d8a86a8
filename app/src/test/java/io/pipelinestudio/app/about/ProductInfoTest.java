package io.pipelinestudio.app.about;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProductInfoTest {
    private final ProductInfo info = ProductInfo.load();

    @Test
    void theVersionsComeFromTheBuildNotFromPlaceholders() {
        assertThat(info.version()).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
        assertThat(info.flinkVersion()).matches("\\d+\\.\\d+\\.\\d+");
        assertThat(info.javafxVersion()).matches("\\d+(\\.\\d+)*");
    }

    @Test
    void versionTextNamesTheProductFirstThenWhatItRunsOn() {
        assertThat(info.versionText().lines().toList())
                .containsExactly("Pipeline Studio " + info.version(), "Apache Flink " + info.flinkVersion(),
                        "JavaFX " + info.javafxVersion(), "Java " + info.javaVersion());
    }

    @Test
    void everyBundledLibraryNamesItsLicence() {
        assertThat(info.bundledLicenses()).isNotEmpty().allSatisfy(license -> {
            assertThat(license.library()).isNotBlank();
            assertThat(license.license()).isNotBlank();
        });
        assertThat(info.bundledLicenses()).anySatisfy(license -> assertThat(license.library()).contains("Flink"));
        assertThat(info.bundledLicenses()).anySatisfy(license -> assertThat(license.library()).contains("JavaFX"));
    }
}
